"""The phrases people use when one talk ends and the next begins, in Chinese and English.

These are what a listener hears at a hand-over: the host thanking the speaker (感谢…精彩的
报告, "thank you so much for your talk"), introducing the next one (下面我们有请…, 报告题目
是…, "please welcome", "our next speaker"), reading a short bio (毕业于…, "is an associate
professor at"), and the new speaker's first words ("thanks for the introduction", "my name
is", 今天我报告的题目是). Each family has a strength; :mod:`talks` weighs them together with
language, topic and layout. Patterns tolerate ASR damage (missing apostrophes, fillers, odd
spacing) and are matched case-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.textproc.script import simplified

_I = re.IGNORECASE


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


_NAME_TITLE = r"(?:教授|老师|博士|先生|女士|院士|研究员|总裁|总监|首席科学家|讲者|嘉宾)"
_NOT_AUDIENCE = r"(?!各位|大家|你们|诸位|同学|广大|线上|现场|在座|感兴趣|有兴趣|更多)"
# "欢迎各位老师批评指正", "欢迎感兴趣的老师加入": the end of a talk, not a welcome.
_NOT_INVITATION = r"(?![^,，。！？!?]{0,20}(?:批评|指正|加入|关注|联系|交流|合作|提问|讨论|感兴趣|报名|申请))"

# A host introducing the next talk: strong evidence that a talk starts here.
INTRO_STRONG = (
    _p(r"(?<![只没])有请(?!.{0,12}(?:回答|回应|谈谈|谈一谈|说说|说一说|讲讲|补充|发言|提问|问))"),
    _p(r"(?:热烈|隆重)?欢迎" + _NOT_AUDIENCE + _NOT_INVITATION + r"[^,，。！？!?]{1,14}?" + _NAME_TITLE),
    _p(r"(?:报告|演讲|分享|讲座|talk)的?(?:题目|主题|标题)"),
    _p(
        r"(?:下一个|下一位|下面一个|下面这个|下面一位|接下来的?这?一?[个位]|今天的?第[一二三四五六七八九十\d]+个|第[一二三四五六七八九十\d]+[个位场]|最后一[个位场])"
        r"(?:报告|讲者|嘉宾|演讲|分享|讲座|speaker|talk)"
    ),
    _p(r"\blet'?s (?:all )?(?:warmly )?welcome\b"),
    _p(r"\bplease (?:join me in )?(?:help me )?(?:give (?:a )?(?:warm |big )?welcome|welcom)"),
    _p(r"\bjoin(?:ing)? me (?:in )?welcom"),
    _p(
        r"\bour (?:next|first|second|third|last|final|following|keynote) (?:speaker|presenter|keynote)s?\b|"
        r"\bthe (?:next|first|second|third|last|final|following|keynote) (?:speaker|presenter|keynote)"
        r"(?: today| this (?:morning|afternoon|evening))?,? (?:is|will be)\b"
    ),
    _p(r"\bour (?:next|first|final|last|special) (?:guest|panel|panelists|talk|presentation)\b"),
    _p(
        r"\b(?:our|the) (?:next|first|second|third|last|final|following) (?:talk|presentation|panel)"
        r"(?: today| this (?:morning|afternoon|evening))?,? (?:is|will be|comes from|is given by|is by)\b"
    ),
    _p(r"\b(?:next up|up next),? (?:is|we have|we've got)\b|\bnext up\b[^.?!]{0,60}\bwe (?:have|'ve got)\b"),
    _p(
        r"\b(?:pleasure|honou?r|privilege|happy|pleased|delighted|glad|excited) to (?:introduce|welcome) "
        r"(?:(?:our|the) (?:next |first |keynote |invited |distinguished )?(?:speaker|guest|panelist)|"
        r"professor|prof\b|dr\b|(?-i:[A-Z][a-z]+ [A-Z][a-z]+))"
    ),
    _p(r"\b(?:pleasure|honou?r|privilege|happy|pleased|delighted|glad|excited) to have (?:with us|here)\b"),
    _p(r"\b(?:title|topic) of (?:his|her|their|the|today'?s|this) (?:talk|presentation|lecture|keynote|speech)"),
    _p(r"\b(?:his|her|their) (?:talk|presentation|lecture) (?:is )?(?:titled|entitled|called)\b"),
    _p(r"\bgive (?:us )?(?:the|his|her|their) (?:talk|presentation)\b"),
    _p(
        r"\b(?:take a seat|join (?:me|us)) for (?:a|the|our) panel\b|\bfor (?:a|the|our) panel discussion\b|"
        r"\bour panel(?:ists)? (?:today |this \w+ )?(?:is|are|includes?)\b"
    ),
    _p(r"\bthe (?:floor|stage) is yours\b"),
    # Bringing someone on: "please give a big round of applause to X", "put your hands together for"
    # (not applause *for* what someone did: "…to Nikolai and his team for their commitment").
    _p(
        r"\b(?:give|have) (?:a |an )?(?:(?:very|really|big|huge|warm|great|massive|loud),? ){0,3}"
        r"(?:round of applause|hand|welcome) (?:to|for) "
        r"(?:our (?:next |first |final |last )?(?:speaker|guest|presenter)|(?-i:[A-Z][a-z]+))"
        r"(?![^.?!]{0,40}\bfor (?:their|his|her|your|all|the)\b)"
    ),
    _p(r"\bput your hands together for\b(?! (?:them|him|her|us|all|everyone|everybody|that|this|those)\b)"),
    _p(
        r"\b(?:now )?(?:taking|coming (?:up )?to) the stage\b|"
        r"\b(?:welcome|invite|bring|join(?:ing)?) [^.?!]{0,40}\b(?:to|onto|on) "
        r"(?:the )?(?:ted )?stage\b|\bcome (?:on )?up (?:to|on) (?:the )?stage\b"
    ),
    _p(r"\b(?:I'?d|I would) (?:like|love) to (?:invite|introduce|welcome)\b"),
    # A programme's script read by its host: "Next is a question central to…", "Yong Shen will now
    # walk us through…", "We will close our program tonight with…".
    _p(
        r"^\W*next (?:is|up is|comes)\b|\bwill (?:now )?(?:walk|take) us through\b|"
        r"\b(?:we will|we'll|let'?s) (?:close|end|wrap up) (?:our|the|today'?s|tonight'?s|this) "
        r"(?:program|programme|session|day|evening|event)(?: tonight| today)? (?:with|on)\b"
    ),
    # "So, we're gonna welcome Miami's very own…", "I'm thrilled to bring up…".
    _p(
        r"\b(?:we(?:'re| are)|I(?:'m| am))(?: now| so)? (?:going to|gonna|about to|"
        r"(?:so |very |really )?(?:happy|excited|thrilled|delighted|pleased|proud|honou?red) to) "
        r"(?:bring (?:up|on|out)|welcome|invite)\b"
    ),
    # Handing over to a speaker or a recorded message: "let's hear from…", "we're going to hear from…".
    _p(
        r"\b(?:let'?s|let us|we(?:'re| are)(?: now)? going to|we(?:'ll| will)(?: now)?) hear "
        r"(?:a (?:[\w-]+ )?message )?from\b"
    ),
    # A live stream's next item: "coming up, we have…", "check out this video from…".
    _p(r"\b(?:next up|coming up)\b(?: shortly| next| now)?,? (?:we(?:'re| are| will|'ll| have|'ve got)|is|are)\b"),
    _p(
        r"\b(?:check out|watch|here'?s|we have|let'?s (?:watch|see)|roll) (?:this|a|the|our) (?:[\w-]+ ){0,2}"
        r"(?:video|animation|clip|film|performance)\b"
    ),
    # A demo day or book launch: 下一位 (with who or what comes), 邀请…上台/上来, 掌声欢迎…致辞.
    _p(
        r"(?:进行|轮到|请|有请|欢迎|邀请)下一位|(?:^|[,，。！？!?\s])(?:那|好|那么|接下来)?我们的?下一位|下一位(?:是|就是|请|有请)?[^,，。！？!?]{0,8}"
        r"(?:老师|教授|同学|嘉宾|讲者|选手|团队|项目|分享|演讲|报告|上台|上来)"
    ),
    _p(
        r"(?:邀请|请|让|欢迎)[^,，。！？!?]{0,16}(?:上台|上来|到台上|到前面来)|邀请到了?(?![了你我他她])|有幸请到|邀请[^,，。！？!?]{1,10}来分享"
    ),
    _p(r"(?:邀请|开始|请|有请|欢迎)下一[个位]"),
    # An online demo day calls people by their (English) names: 那我们下一个Cindy, 下一位应该是Sean,
    # 我们压轴的 Sophia.
    _p(
        r"(?:下一[个位](?:是|应该是|就是|轮到)?|压轴的?(?:是|嘉宾|讲者)?)\s*(?-i:[A-Z][a-z]+)(?=\s*(?:[,，。！？!?、或和]|好吗|准备|你|来|吧|$))"
    ),
    _p(r"掌声[^,，。！？!?]{0,4}(?:欢迎|有请)|上台致辞|(?:致辞|讲话)(?:的)?(?:是|嘉宾)"),
)
# A heading-like line the note-taker wrote: "Talk 3: …", "报告三：…". Counts as an introduction
# and, like a Markdown heading, as layout that agrees a talk starts.
TALK_LABEL = (
    _p(r"^\s*(?:talk|session|keynote|panel|speaker)\s*#?\d+\s*[:：.\-–]"),
    _p(r"^\s*(?:主题|特邀|大会)?(?:报告|演讲|讲座|分享)\s*[一二三四五六七八九十\d]+\s*[:：、.]"),
)
# A short bio read by the host: supports a nearby boundary.
INTRO_MEDIUM = (
    _p(r"毕业于|博士毕业|教育背景|获得[^,，。]{0,12}(?:博士|硕士)学位|研究方向|研究兴趣|主要研究|现任|曾任"),
    _p(r"介绍一下" + _NOT_AUDIENCE + r"[^,，。]{0,12}" + _NAME_TITLE),
    _p(r"报告来自|报告人|报告嘉宾|讲者是|主讲人"),
    _p(
        r"\b(?:he|she|they) (?:is|was|are) (?:currently |now )?(?:an?|the) "
        r"(?:associate |assistant |full |distinguished |adjunct |chair )?professor\b"
    ),
    _p(r"\bis (?:an?|the) (?:associate|assistant|full|distinguished) professor\b"),
    _p(r"\b(?:received|got|earned|obtained) (?:his|her|their|a) (?:ph\.? ?d|doctorate|phd)"),
    _p(r"\b(?:his|her|their) research (?:focuses|interests|is|spans|lies)\b"),
    _p(
        r"\b(?:is|was) (?:the |an? )?(?:\w+ ){0,3}(?:co-?founder|founder|ceo|cto|chief scientist|chief \w+ officer|"
        r"president|chair(?:man|woman)?|director|head|editor|partner)(?: and (?:\w+ ){0,2}\w+)? (?:of|at)\b"
    ),
    _p(
        r"\bjoins? (?:him|her|them|us|me) (?:on (?:the )?stage|to (?:find out|discuss|talk))|\bwill moderate\b|"
        r"\bin conversation with\b"
    ),
    _p(
        r"\b(?:co-?founded|(?:served|serves) as (?:the )?(?:ceo|cto|chair\w*|president|director|head)|"
        r"became (?:the )?(?:ceo|cto|chair\w*|president|director|head) of)\b"
    ),
    # The host's segue: "we now move from … to …", "what better way to start than with…", a break.
    _p(
        r"\bwe(?:'ll| will)? now (?:move|turn|continue|go|head)\b|\bwe continue our\b|\bwe move on (?:from|to)\b|"
        r"\bwhat better way to (?:start|begin|kick off|open|close)\b|\bnext stop\b|"
        r"\b(?:take|have) an? (?:\d+[ -]minute |short |quick |coffee |lunch )?break\b|中场休息|茶歇"
    ),
    _p(r"\bwithout further ado\b"),
    # The host taking the stream up again after a break or a pre-recorded item.
    _p(r"\bwelcome back\b|\bif you(?:'re| are) just joining us\b|\bthis is (?:session|part) (?:\w+)\b|欢迎回来|下半场"),
    # "下一位是小林": the next in a list — a presenter, or a caller or a name read out on a livestream.
    _p(r"下一[个位](?:是|就是)[呃嗯啊,，\s]*[\u4e00-\u9fffA-Za-z]{1,8}"),
    # An online demo day: the host hands the screen and the microphone over.
    _p(
        r"(?:你|您)(?:可以)?(?:开启|打开|开)(?:一下)?(?:你的|您的)?(?:屏幕分享|分享屏幕|麦)|你来开麦|帮你(?:分享屏幕|把麦)|"
        r"(?:你|您)(?:准备好了|可以(?:开始)?分享|想不想(?:上来)?分享)|(?:我|我们)?开始计时|看到你的屏幕|"
        r"\b(?:I'?ll|let me) start the timer\b|\byou can (?:now )?share your screen\b"
    ),
)
# The new speaker's first words.
SPEAKER_START = (
    _p(
        r"\bthanks? (?:you )?(?:so much |very much |a lot )?for (?:the |that |this |your |such a )?"
        r"(?:very )?(?:kind |nice |generous |great |warm |lovely |wonderful )?(?:introduction|intro)\b"
    ),
    _p(r"\bmy name is\b|\bI'?m (?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)+)\b|\bI'?m (?-i:[A-Z][a-z]+)[.,]"),
    _p(
        r"\btoday,? I'?(?:m| am| will|'ll|'d like to| would like to| want to)? ?(?:going to |gonna )?"
        r"(?:talk|present|share|tell|speak|give)"
    ),
    _p(r"\bin (?:this|today'?s?) (?:talk|presentation|lecture)\b"),
    _p(
        r"\b(?:it'?s|it is) (?:a|my) (?:great |real )?(?:pleasure|honou?r|privilege) to "
        r"(?:be here|give|present|talk|speak|share)"
    ),
    _p(r"(?:谢谢|感谢)(?:主持人|[^,，。]{0,8}的(?:介绍|邀请))"),
    _p(r"大家好[,，]?\s*我是"),
    _p(r"我(?:今天)?(?:报告|分享|汇报|演讲|讲)的(?:题目|主题|内容)"),
    _p(r"今天(?:我)?(?:想|要|很高兴)?(?:跟|和|给)?(?:大家|各位)?(?:分享|汇报|介绍|报告|讲)的(?:是|题目|主题)"),
    _p(r"很(?:荣幸|高兴)(?:能够?|有机会)?(?:来到|来|在这里|参加|受邀)"),
)
# Said when a talk starts, but also when it ends ("thanks for having me"): weak.
SPEAKER_SETUP = (
    _p(r"\bthanks? (?:you )?(?:so much |very much )?for (?:having|inviting) (?:me|us)\b"),
    _p(r"\b(?:can|could) you (?:all )?(?:see|hear) (?:my|the) (?:screen|slides?)\b"),
    _p(r"\bshare (?:my|the) screen\b"),
    _p(r"共享(?:一下)?屏幕|(?:看到|看得到|看得见)我的(?:屏幕|PPT|幻灯片|slides?)"),
)
# Greetings that open a session or a talk: a short stretch made of these is an opening, not a talk.
GREETING = (
    _p(
        r"\bgood (?:morning|afternoon|evening)\b|\bladies and gentlemen\b|\bwelcome (?:back )?to (?:the|our|this)\b|"
        r"\bwelcome back\b|\bhi,? folks\b|\bthis is (?:session|part) \w+\b|\bif you(?:'re| are) just joining\b"
    ),
    _p(r"\b(?:hello|hi|welcome),? (?:everyone|everybody|all|folks|friends|and welcome|\w+ members)\b"),
    _p(
        r"大家(?:上午|下午|晚上)?好|各位(?:来宾|嘉宾|贵宾|老师|同学|朋友)|欢迎(?:大家)?(?:来到|收听|收看|参加)|"
        r"感谢(?:各位|大家)(?:收听|收看|来到|参加)"
    ),
    # A notes heading over the opening: "开场：…", "Welcome and introductions".
    _p(r"^\s*(?:开场|开幕|欢迎|welcome|opening|introduction)"),
)
# The host's thanks after a talk: the next talk is near.
CLOSING = (
    _p(
        r"\bthanks?(?: you)?(?: so much| very much| again)?,?(?: \w+){0,3},? for (?:your|the|this|that|a|such an?) "
        r"(?:(?:very |really |so )?(?:great|wonderful|excellent|nice|beautiful|fantastic|amazing|insightful|"
        r"inspiring|interesting|informative|fascinating|brilliant|excellent|good|terrific) )?"
        r"(?:talk|presentation|lecture|speech|sharing|keynote|discussion)"
    ),
    _p(r"\bfor giving us (?:this|that|the|a|such an?) (?:\w+ )?(?:talk|presentation|lecture)"),
    _p(r"\blet'?s (?:all )?thank\b"),
    _p(r"\b(?:give|have) (?:him|her|them|a) (?:a )?(?:big |warm )?(?:hand|round of applause)"),
    _p(r"\bthank (?:him|her|them|the speakers?|our speakers?) again\b"),
    _p(r"(?:感谢|谢谢)[^。！？]{0,20}?(?:精彩|报告|分享|演讲|讲座|致辞)"),
    # Thanking the speaker by name right after a talk: "Thank you so much, Kina."
    _p(
        r"\bthank you(?: so much| very much| all)?,? (?-i:[A-Z][A-Za-z]+)(?:,? (?:and )?(?-i:[A-Z][A-Za-z]+)){0,4}"
        r"\s*[.!]"
    ),
    _p(r"\b(?:another|one more) (?:big |huge |great )?round of applause\b"),
    _p(r"再次(?:掌声)?(?:感谢|谢谢)|让我们(?:再次)?(?:用|以)?(?:热烈的)?掌声|掌声(?:感谢|送给|欢迎)"),
    # Thanking someone by title: 谢谢高教授, 感谢王院长的分享.
    _p(
        r"(?:感谢|谢谢)(?!大家|各位|你们|我的|我们的)[^。！？,，的]{0,6}?"
        r"(?:老师|教授|博士|先生|女士|院士|院长|校长|董事长|总经理|法师|社长|主任|部长|创办人)(?!们)"
    ),
    # The speaker is asked back to their seat: the talk is over (先请回座休息, 请留步, 请入座).
    _p(r"(?:回座|入座|就座)(?:休息)?|请?(?:稍后|先)?留步"),
    # A short "thank you, <name>" after a talk: 感谢感谢博俊。谢谢周老师啊。
    _p(
        r"^[\s,，。好哦嗯啊]*(?:感谢|谢谢)+(?!大家|各位|你们)[\u4e00-\u9fffA-Za-z]{1,6}(?:老师|同学)?[啊呀哈]?[。！!,，]?$"
    ),
)
CLOSING_WEAK = (
    _p(r"\bthanks? (?:you )?again\b"),
    _p(r"\b(?:good ?)?bye\b|\bsee you\b|\btake care\b"),
)
# The speaker wrapping up, or questions being taken: the talk is in its last part.
ENDING = (
    _p(
        r"\bthat'?s (?:all|it) (?:for|from) (?:me|my|today)|"
        r"\bthanks? (?:you )?(?:so much )?for (?:your )?(?:listening|attention|watching)\b"
    ),
    _p(r"\bI'?(?:ll| will)? ?(?:can )?(?:stop|end|conclude|wrap up) (?:here|there)\b"),
    _p(
        r"\bI conclude\b|\bto conclude\b|\bin conclusion\b|"
        r"\b(?:the )?(?:end|conclusion|close) of (?:session|part|day) \w+"
    ),
    _p(r"\b(?:my|the) last slide\b|\bhappy to take (?:any )?questions\b"),
    _p(
        r"谢谢大家|就(?:讲|分享|汇报|介绍)到这(?:里|儿)|以上就是|最后一张(?:幻灯片|PPT|片子|slide)|总结一下|最后总结|"
        r"(?:分享|讲|介绍|汇报)完(?:毕|了)"
    ),
)
QUESTIONS = (
    _p(r"\bany (?:more |other |further )?questions\b|\bQ ?& ?A\b"),
    _p(r"\btake (?:some |a few |one or two |\w+ more )?questions\b"),
    _p(r"\b(?:good|great|excellent|interesting) question\b|\bmy question is\b|\bI have a question\b"),
    _p(
        r"提问|问答(?:环节|时间|部分|阶段)|(?:好|很好的|有意思的)问题|我的问题是|我有(?:一个|个)问题|有什么问题|有没有问题"
    ),
)


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue strengths found in one unit of text."""

    intro: float = 0.0
    start: float = 0.0
    closing: float = 0.0
    ending: float = 0.0
    question: bool = False
    greeting: bool = False
    label: bool = False

    @property
    def any(self) -> bool:
        return bool(self.intro or self.start or self.closing or self.ending or self.question)


# Literal anchors per family (lower case): a family whose anchors are all absent from a sentence
# cannot match it, and a few substring tests are far cheaper than sixty regex scans. Every
# pattern of a family must contain one of its family's anchors.
_ANCHORS: dict[int, tuple[str, ...]] = {
    id(INTRO_STRONG): (
        "有请",
        "欢迎",
        "题目",
        "主题",
        "标题",
        "压轴",
        "next",
        "us through",
        "close",
        "end",
        "wrap up",
        "下一",
        "下面",
        "接下来",
        "第",
        "最后一",
        "报告",
        "演讲",
        "讲座",
        "分享",
        "welcom",
        "speaker",
        "presenter",
        "keynote",
        "talk",
        "presentation",
        "panel",
        "session",
        "next up",
        "introduce",
        "to have",
        "title",
        "topic",
        "floor",
        "stage",
        "guest",
        "applause",
        "hand",
        "invite",
        "邀请",
        "请",
        "掌声",
        "致辞",
        "讲话",
        "下一",
        "让",
        "up",
        "video",
        "animation",
        "clip",
        "film",
        "performance",
        "hear",
    ),
    id(TALK_LABEL): ("talk", "session", "keynote", "panel", "speaker", "报告", "演讲", "讲座", "分享"),
    id(INTRO_MEDIUM): (
        "毕业",
        "教育背景",
        "学位",
        "研究",
        "现任",
        "曾任",
        "介绍一下",
        "报告",
        "讲者",
        "主讲",
        "professor",
        "ph",
        "doctorate",
        "research",
        "founder",
        "ceo",
        "cto",
        "chief",
        "director",
        "head",
        "ado",
        "president",
        "chair",
        "editor",
        "partner",
        "join",
        "moderate",
        "conversation",
        "开",
        "帮你",
        "下一",
        "welcome back",
        "joining us",
        "this is",
        "欢迎回来",
        "下半场",
        "found",
        "serve",
        "became",
        "move",
        "turn",
        "continue",
        "go",
        "better way",
        "next stop",
        "break",
        "中场",
        "茶歇",
        "准备好",
        "想不想",
        "可以分享",
        "计时",
        "屏幕",
        "timer",
        "screen",
    ),
    id(SPEAKER_START): (
        "intro",
        "my name",
        "i'm",
        "im ",
        "today",
        "this talk",
        "talk",
        "presentation",
        "lecture",
        "pleasure",
        "honor",
        "honour",
        "privilege",
        "谢谢",
        "感谢",
        "大家好",
        "的题目",
        "的主题",
        "的内容",
        "今天",
        "荣幸",
        "高兴",
    ),
    id(SPEAKER_SETUP): ("having", "inviting", "screen", "slide", "共享", "看到", "看得"),
    id(GREETING): (
        "good morning",
        "good afternoon",
        "good evening",
        "ladies",
        "welcome",
        "hello",
        "hi",
        "this is",
        "大家",
        "各位",
        "欢迎",
        "开场",
        "开幕",
        "opening",
        "introduction",
        "joining",
    ),
    id(CLOSING): ("thank", "for giving", "hand", "applause", "感谢", "谢谢", "掌声", "round of", "座", "留步"),
    id(CLOSING_WEAK): ("thank", "bye", "see you", "take care"),
    id(ENDING): (
        "that's",
        "thats",
        "listening",
        "watching",
        "attention",
        "stop",
        "end",
        "conclu",
        "wrap",
        "last slide",
        "questions",
        "谢谢大家",
        "到这",
        "以上",
        "最后一张",
        "总结",
        "完毕",
        "完了",
    ),
    id(QUESTIONS): ("question", "q&a", "q & a", "qa", "提问", "问答", "问题"),
}


def _hits(patterns: tuple[re.Pattern[str], ...], text: str, lower: str) -> int:
    if not any(anchor in lower for anchor in _ANCHORS[id(patterns)]):
        return 0
    return sum(1 for pattern in patterns if pattern.search(text))


#: Hesitations ASR writes down inside a phrase ("你可以打开你的呃屏幕分享", "our, um, next speaker"):
#: the cues are matched with them taken out.
_FILLERS_ZH = re.compile(r"[呃嗯]+[,，、\s]*")
_FILLERS_EN = re.compile(r"[,，]?\s*\b(?:um+|uh+|erm)\b[,，]?(?=\s|$)", re.IGNORECASE)


def _without_fillers(text: str) -> str:
    return _FILLERS_EN.sub("", _FILLERS_ZH.sub("", text))


def find_cues(text: str) -> Cues:
    """The hand-over cues in *text* (one sentence), read without the speaker's hesitations and
    in Simplified characters (the patterns' script)."""
    text = _without_fillers(simplified(text))
    lower = text.lower()
    label = bool(_hits(TALK_LABEL, text, lower))
    strong = _hits(INTRO_STRONG, text, lower) + label
    medium = _hits(INTRO_MEDIUM, text, lower)
    intro = min(2.5, 2.0 * strong + 1.0 * medium) if strong else min(1.5, 1.0 * medium)
    start = 0.75 if _hits(SPEAKER_START, text, lower) else 0.4 if _hits(SPEAKER_SETUP, text, lower) else 0.0
    closing = 1.0 if _hits(CLOSING, text, lower) else 0.5 if _hits(CLOSING_WEAK, text, lower) else 0.0
    ending = 0.5 if _hits(ENDING, text, lower) else 0.0
    return Cues(
        intro=intro,
        start=start,
        closing=closing,
        ending=ending,
        question=bool(_hits(QUESTIONS, text, lower)),
        greeting=bool(_hits(GREETING, text, lower)),
        label=label,
    )
