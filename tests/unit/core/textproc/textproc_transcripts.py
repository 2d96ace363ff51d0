"""Synthetic conference notes with known talk starts, to keep the splitter honest.

They imitate the shapes of real ASR notes from other events, not the shared sample: several
English talks handed over with "please welcome", a Chinese forum with a 主持人 hand-over,
single talks with introductions, Q&A, audience members giving their names and speakers
thanking the hosts (which must NOT be split), and a Chinese talk followed by an English one
with no hand-over at all. Talk bodies are drawn (with a fixed seed) from per-topic sentence
pools, so each talk has its own vocabulary but reads like running speech.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

TOPICS_EN = {
    "robots": [
        "so the robot has to figure out how to grasp an object it has never seen before",
        "and in simulation we can collect millions of grasps but the real gripper behaves differently",
        "the policy takes the camera image and outputs the motion of the arm directly",
        "we found that randomizing friction and lighting in simulation helps the transfer to the real robot",
        "one failure case is when the object is transparent and the depth camera cannot see it",
        "here you can see the arm picking up a mug from a cluttered table",
        "the reward is sparse so the robot only learns something when the grasp succeeds",
        "we also use human demonstrations collected with a teleoperation glove",
        "manipulation is still much harder than locomotion for legged robots",
        "the success rate goes from forty percent to about eighty five percent with the new controller",
        "tactile sensors on the fingertips tell the policy when the object starts to slip",
        "this kitchen task needs the robot to open a drawer and put the spoon inside",
    ],
    "inference": [
        "serving a large language model is dominated by memory bandwidth not by compute",
        "the key value cache grows with the length of the context and the batch size",
        "with paged attention we can pack many more requests onto one accelerator",
        "quantizing the weights to four bits cuts the memory traffic by a factor of four",
        "speculative decoding lets a small draft model propose tokens that the big model verifies",
        "latency per token matters for chat while throughput matters for batch jobs",
        "we profile the kernels and the attention kernel takes most of the time at long context",
        "continuous batching means a new request can join while others are still decoding",
        "the cost per million tokens dropped by an order of magnitude last year",
        "tensor parallelism splits each matrix multiplication across several devices",
        "prefill is compute bound and decode is bandwidth bound so we schedule them differently",
        "the scheduler keeps the cache hit rate high when many users share the same system prompt",
    ],
    "climate": [
        "the ocean absorbs most of the extra heat and that delays the warming we observe",
        "our emulator predicts precipitation patterns a thousand times faster than the physical model",
        "extreme rainfall events are becoming more frequent in coastal cities",
        "we train on reanalysis data from the last forty years of weather observations",
        "the hardest part is getting clouds right because they are smaller than a grid cell",
        "sea ice in the arctic has been shrinking faster than the models predicted",
        "farmers want a seasonal forecast of drought not a global average temperature",
        "uncertainty in the carbon cycle is still the largest source of spread between scenarios",
        "downscaling turns a coarse global simulation into a map of a single river basin",
        "heat waves over land last longer when the soil is already dry",
        "the ensemble gives us a probability of flooding rather than a single answer",
        "satellite measurements of sea level rise agree with the tide gauges",
    ],
    "panel": [
        "I think open source models will matter a lot for universities",
        "the question is whether scaling alone gets us to general intelligence",
        "in my view evaluation is the bottleneck because benchmarks saturate so quickly",
        "we should be careful about claims of emergent abilities",
        "regulation has to be informed by people who actually build these systems",
        "students today need to learn how to work with these tools rather than avoid them",
        "compute is concentrated in a few companies and that worries me",
        "safety research should be funded at the same level as capability research",
        "multimodal models that see and act in the world are the next step",
        "I disagree a little because data quality matters more than data quantity",
    ],
}

TOPICS_ZH = {
    "graphs": [
        "图神经网络的核心是消息传递,每个节点从邻居那里聚合信息",
        "我们发现在分子性质预测上,加入三维结构以后效果提升非常明显",
        "可解释性是图模型落地的一个关键问题,尤其是在药物发现里面",
        "过平滑问题会让深层的图网络所有节点的表示变得很像",
        "我们提出了一种基于子图的解释方法,可以找到对预测最重要的结构",
        "在社交网络推荐的场景里,图的规模可以达到几十亿条边",
        "这个实验是在蛋白质相互作用的数据集上做的",
        "采样邻居可以大大降低训练时候的显存开销",
        "异构图里面有不同类型的节点和关系,需要专门的建模",
        "我们的方法在五个公开数据集上都取得了最好的结果",
        "动态图随着时间变化,需要考虑时间戳的信息",
        "图对比学习不需要标注数据,也能学到不错的表示",
    ],
    "alignment": [
        "对齐的目标是让大模型的行为符合人类的意图和价值观",
        "基于人类反馈的强化学习需要先训练一个奖励模型",
        "标注人员对同一个回答的偏好并不总是一致的",
        "我们观察到模型会学会讨好评估者,这就是所谓的奖励投机",
        "红队测试可以帮助我们发现模型在安全方面的漏洞",
        "直接偏好优化不需要单独训练奖励模型,实现起来更简单",
        "可扩展监督是说,当模型比人更强的时候我们怎么监督它",
        "宪法式的方法用一组原则来让模型自己批评和修改回答",
        "对齐税指的是对齐以后模型在某些能力上的下降",
        "我们构建了一个中文的安全评测集,覆盖了十几个风险类别",
        "价值观在不同文化之间是有差异的,这给对齐带来了新的挑战",
        "可解释性工具可以帮助我们理解模型内部到底学到了什么",
    ],
    "chips": [
        "芯片的算力增长很快,但是内存带宽的增长要慢得多",
        "我们设计的加速器把计算单元放在靠近存储的地方",
        "稀疏计算可以跳过大量的零值,从而节省功耗",
        "先进封装技术让多个小芯片可以拼成一个大系统",
        "编译器需要把模型的计算图映射到硬件的并行结构上",
        "低精度的数值格式在推理里面已经被广泛使用了",
        "功耗墙是数据中心面临的一个非常现实的约束",
        "片上网络的设计决定了数据在各个核心之间怎么流动",
        "我们的测试芯片在七纳米工艺上完成了流片",
        "存算一体是一个很有前景的方向,但是精度还有挑战",
        "互联带宽决定了大规模训练能扩展到多少张卡",
        "软件生态往往比硬件本身更难建设",
    ],
}


@dataclass
class Transcript:
    """Lines of a notes file and the (1-based) first line of each talk."""

    lines: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    blank: int = 1

    def talk(self) -> None:
        """The next line added starts a talk."""
        self.starts.append(self._next_line())

    def say(self, *lines: str) -> None:
        for line in lines:
            if self.lines and self.blank:
                self.lines.extend([""] * self.blank)
            self.lines.append(line)

    def pause(self, blank_lines: int) -> None:
        self.lines.extend([""] * blank_lines)

    def _next_line(self) -> int:
        return len(self.lines) + (self.blank if self.lines else 0) + 1

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def body(topic: str, lines: int, seed: int, *, end: str = "。") -> list[str]:
    """*lines* lines of running speech on *topic*, one to three sentences each."""
    rng = random.Random(seed)
    pool = TOPICS_EN.get(topic) or TOPICS_ZH[topic]
    fillers = ["um ", "uh ", "you know ", ""] if topic in TOPICS_EN else ["呃,", "嗯,", "然后", ""]
    out = []
    for _ in range(lines):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            sentence = rng.choice(pool)
            sentences.append(rng.choice(fillers) + sentence + end)
        out.append("".join(sentences) if topic in TOPICS_ZH else " ".join(sentences))
    return out


def english_conference() -> Transcript:
    t = Transcript()
    t.talk()
    t.say(
        "Good morning everyone and welcome to the workshop on learning systems。",
        "Our first speaker is Professor Alice Martin from MIT, her research focuses on robot learning。"
        " Please welcome Alice。",
        "Thank you for the kind introduction, it's great to be here。"
        " Today I'm going to talk about learning manipulation skills for robots。",
    )
    t.say(*body("robots", 40, 1))
    t.say(
        "So that's all I have, I'm happy to take questions。",
        "Thank you for the great talk, my question is about the simulation gap。",
        "Yeah that's a good question, we think randomization only gets you part of the way there。",
        "Hi, my name is Tom from Berkeley, how many demonstrations do you need for a new task。",
        "It depends on the task but usually about fifty demonstrations are enough。",
        "Okay let's thank Alice again for the wonderful talk。",
    )
    t.talk()
    t.say(
        "Our next speaker is Dr. Bob Chen from Google, he is a senior staff engineer working on serving systems。"
        " The title of his talk is efficient inference for large language models。 Please join me in welcoming Bob。",
        "Thanks so much for having me, can you see my slides。 Okay great。",
    )
    t.say(*body("inference", 45, 2))
    t.say(
        "And with that I will stop here, thank you for your attention。",
        "Thank you Bob, we have time for one question, any questions from the audience。",
        "Great talk, I have a question about the cost of speculative decoding on small batches。",
        "That's a great question, on small batches the draft model is almost free so it helps a lot。",
        "Thank you so much for your talk Bob。",
    )
    t.talk()
    t.say(
        "Next up we have Carol Davis from the weather service, she is an associate professor at Reading。"
        " Let's welcome Carol。",
        "Thank you, today I'd like to talk about machine learning for climate prediction。",
    )
    t.say(*body("climate", 40, 3))
    t.say("Thank you all for listening。", "Thank you Carol, and that concludes our morning session。")
    return t


def chinese_forum() -> Transcript:
    t = Transcript(blank=0)
    t.talk()
    t.say(
        "主持人:各位来宾大家上午好,欢迎来到今天的图学习与大模型论坛。",
        "首先有请清华大学的张伟教授,他报告的题目是《图神经网络的可解释性》。",
        "谢谢主持人,大家好,我是张伟,今天我想跟大家分享的是我们在图神经网络可解释性方面的工作。",
    )
    t.say(*body("graphs", 40, 4))
    t.say(
        "我的报告就到这里,谢谢大家。",
        "主持人:感谢张老师的精彩报告,现场有没有问题?",
        "张老师您好,我是来自北京大学的学生,我的问题是子图解释的计算代价有多大?",
        "这个问题很好,我们用了采样的方法,所以代价是可以接受的。",
    )
    t.talk()
    t.say(
        "主持人:好的,再次感谢张老师。下面我们有请中科院的李娜研究员,她的报告题目是《大模型的价值对齐》。",
        "谢谢主持人的介绍,很荣幸能来到这里跟大家交流。",
    )
    t.say(*body("alignment", 45, 5))
    t.say(
        "以上就是我今天的分享,谢谢大家。",
        "主持人:谢谢李老师的精彩分享,因为时间关系我们就不提问了。",
    )
    t.talk()
    t.say(
        "主持人:接下来的报告来自华为的王强博士,报告题目是《面向大模型的芯片架构》,有请王博士。",
        "好的,谢谢主持人,那我今天报告的题目是面向大模型的芯片架构。",
    )
    t.say(*body("chips", 40, 6))
    t.say("我就讲到这里,谢谢大家。", "主持人:再次感谢王博士,今天上午的论坛到此结束。")
    return t


def single_english_talk() -> Transcript:
    t = Transcript()
    t.talk()
    t.say(
        "It is my great pleasure to introduce our keynote speaker, Professor Alice Martin from MIT。"
        " She received her PhD from Stanford。 Please welcome Alice。",
        "Thank you for the introduction。 Can you all see my slides。 Good。"
        " Today I'm going to talk about how robots learn to use their hands。",
    )
    t.say(*body("robots", 30, 7))
    t.say(
        "Next I'm going to talk about the second part of our work, which is about tactile sensing。",
        "In this part of the talk we look at the fingertips。",
    )
    t.say(*body("robots", 30, 8))
    t.say(
        "So to conclude, tactile sensing makes grasping much more reliable。 Thank you for listening。",
        "Thank you Alice for the wonderful talk, we have time for questions。",
        "Hi, my name is Maria, I'm a student at Harvard, thank you for the great talk。"
        " My question is whether the method works with soft grippers。",
        "Yes it does, we tried it on a soft gripper last month and the results were similar。",
        "Hello, my name is Ken from Toyota, do you plan to release the data set。",
        "Yes we will release it together with the paper later this year。",
        "Okay, let's thank Alice again。",
        "Thanks so much for having me, it was a pleasure, bye。",
    )
    return t


def single_chinese_talk() -> Transcript:
    t = Transcript()
    t.talk()
    t.say(
        "下面我们有请北京大学的陈明教授为我们带来报告,报告题目是《稀疏计算与芯片设计》。",
        "谢谢主持人,大家好,我是陈明。今天我想跟大家分享的是我们团队在芯片方面的一些工作。",
    )
    t.say(*body("chips", 35, 9))
    t.say("接下来我介绍一下我们的第二个工作,也就是编译器方面的研究。")
    t.say(*body("chips", 35, 10))
    t.say(
        "我就讲到这里,谢谢大家。",
        "感谢陈老师的精彩报告,我们有时间回答一两个问题。",
        "陈老师您好,我是来自清华的学生,谢谢您的报告,我的问题是存算一体的精度问题怎么解决?",
        "这个问题非常好,我们目前是用校准的方法。",
        "好的,我们再次感谢陈老师。",
    )
    return t


def language_switch_without_handover() -> Transcript:
    """A Chinese talk, a long pause in the notes, then an English talk begins mid-sentence."""
    t = Transcript()
    t.talk()
    t.say(*body("alignment", 40, 11))
    t.pause(15)
    t.talk()
    t.say(*body("panel", 60, 12))
    return t


def english_talk_with_chinese_moderation() -> Transcript:
    """One English talk whose Chinese host chimes in during Q&A: a short switch, not a new talk."""
    t = Transcript()
    t.talk()
    t.say(
        "下面有请来自斯坦福大学的Bob Chen教授给我们做报告。",
        "Thank you for the introduction, today I'm going to talk about serving large language models。",
    )
    t.say(*body("inference", 70, 13))
    t.say(
        "That's all I have, happy to take questions。",
        "好的,谢谢Bob老师的精彩报告,大家线上如果有什么问题可以打在评论区,我来帮大家提问。",
        "第一个问题是关于量化的,量化以后模型的精度会下降多少?",
        "So the question is about quantization, in our experience four bit weights lose very little accuracy。",
    )
    t.say(*body("inference", 8, 14))
    t.say(
        "Thank you, bye。",
        "好的,我们再次感谢Bob老师的精彩报告,今天上午的论坛到此结束。",
        "下午两点我们在同一个会场继续,请大家准时回来,谢谢大家。",
    )
    return t


def single_talk_with_misleading_phrases() -> Transcript:
    """One English talk whose speaker says things that sound like hand-overs."""
    t = Transcript(blank=0)
    t.talk()
    t.say("hello everyone thank you for the introduction today I'm going to talk about serving language models")
    t.say(*body("inference", 20, 15, end=""))
    t.say(
        "so without further ado let's look at the results",
        "I'm happy to introduce our new scheduler which we call the pager",
        "as the next speaker will probably tell you the cache is the real problem",
        "we welcome contributions from anyone who wants to try it",
    )
    t.say(*body("inference", 20, 16, end=""))
    t.say(
        "so to conclude the memory bandwidth is what matters thank you for your attention",
        "thank you for the great talk my name is Lisa and my question is about the draft model",
        "thank you for the question the draft model is trained on the same data",
        "hi my name is Omar from a startup we tried this and saw the same thing",
        "great thanks again everyone",
    )
    t.say(*body("inference", 10, 17, end=""))
    t.say("okay I think we are out of time thank you so much for having me")
    return t


def single_chinese_talk_with_misleading_phrases() -> Transcript:
    t = Transcript()
    t.talk()
    t.say("大家好,我是陈明,今天我想跟大家分享的是图神经网络的一些进展。")
    t.say(*body("graphs", 25, 18))
    t.say(
        "我们实验室的研究方向主要是图学习,这里有一个问题就是怎么解释模型。",
        "我们也做了一个问答系统,总结一下这部分的内容。",
        "下面我介绍一下我们的第二个工作。",
    )
    t.say(*body("graphs", 25, 19))
    t.say(
        "欢迎感兴趣的老师同学加入我们,也欢迎各位老师批评指正,谢谢大家。",
        "感谢陈老师的精彩报告,我们有时间回答一个问题。",
        "陈老师您好,我的问题是图对比学习需要多少数据?",
        "这个取决于任务,一般几万个图就可以了。",
    )
    return t


def english_asr_without_punctuation() -> Transcript:
    """Lower-case ASR with no punctuation at all, two talks handed over by a host."""
    t = Transcript()
    t.talk()
    t.say("good afternoon everyone our first speaker is professor alice martin from mit please welcome alice")
    t.say("thanks for the kind introduction so today I'm going to talk about how robots learn to grasp")
    t.say(*body("robots", 35, 20, end=""))
    t.say("so that's it for me happy to take any questions")
    t.say("thank you so much for the wonderful talk alice we have time for one question")
    t.say("thank you my question is how much data you need for a new object")
    t.say("usually a few hundred grasps are enough")
    t.talk()
    t.say("okay let's thank alice again and our next speaker is doctor bob chen from google please welcome bob")
    t.say("thank you for having me I'm going to share my screen can you see my slides")
    t.say(*body("inference", 40, 21, end=""))
    return t


def talk_then_panel() -> Transcript:
    """A Chinese talk, then a panel whose moderator hands the word from one guest to the next."""
    t = Transcript(blank=0)
    t.talk()
    t.say("下面我们有请清华大学的张伟教授,他报告的题目是《图神经网络》。", "谢谢主持人,大家好。")
    t.say(*body("graphs", 35, 22))
    t.say("我就讲到这里,谢谢大家。", "感谢张老师的精彩报告。")
    t.talk()
    t.say("下面进入我们的圆桌讨论环节,有请各位嘉宾上台。", "首先请张老师先谈一谈您对大模型对齐的看法。")
    t.say(*body("alignment", 12, 23))
    t.say("谢谢张老师的分享,李老师您怎么看?")
    t.say(*body("alignment", 12, 24))
    t.say("谢谢李老师的分享,那我们有请王老师来回答一下观众的问题。")
    t.say(*body("chips", 12, 25))
    t.say("好的,感谢各位嘉宾的精彩分享,今天的论坛到此结束。")
    return t


def long_host_introduction() -> Transcript:
    """A host reads a long bio over several lines before the speaker starts."""
    t = Transcript()
    t.talk()
    t.say(*body("climate", 35, 26))
    t.say("thank you very much for this excellent presentation。")
    t.talk()
    t.say(
        "接下来的报告来自华为的王强博士。",
        "王强博士毕业于清华大学电子工程系,之后在斯坦福大学获得博士学位。",
        "他现任华为的首席科学家,主要研究方向是芯片架构和编译器。",
        "下面我们有请王博士。",
        "谢谢主持人,很荣幸来到这里。",
    )
    t.say(*body("chips", 40, 27))
    return t


def notes_with_talk_labels() -> Transcript:
    """Plain-text notes in which the note-taker labelled each talk on a line of its own."""
    t = Transcript()
    t.talk()
    t.say("Talk 1: Robots that learn to grasp")
    t.say(*body("robots", 30, 28))
    t.talk()
    t.say("Talk 2: Serving language models cheaply")
    t.say(*body("inference", 30, 29))
    t.talk()
    t.say("报告三：图神经网络的可解释性")
    t.say(*body("graphs", 30, 30))
    return t


def _labelled(speaker: int, lines: list[str]) -> list[str]:
    return [f"[Speaker {speaker}]: {line}" for line in lines]


def diarized_book_launch() -> Transcript:
    """Diarized ASR of a launch event: the host (Speaker 1) hands over to two guests in turn;
    the host's thanks and remarks stay with the talk that ended."""
    t = Transcript(blank=0)
    t.talk()
    t.say(*_labelled(1, ["各位来宾，", "大家下午好。", "欢迎来到今天的新书发表会。", "首先掌声欢迎张院长上台致辞。"]))
    t.say(*_labelled(2, body("chips", 30, 31)))
    t.say(*_labelled(1, ["谢谢张院长，", "张院长讲得非常好。"]))
    t.talk()
    t.say(*_labelled(1, ["接下来我们邀请李教授上台致辞。", "李教授是我们学校的老校友。"]))
    t.say(*_labelled(3, body("graphs", 30, 32)))
    t.say(*_labelled(1, ["再次谢谢李教授。"]))
    t.talk()
    t.say(*_labelled(1, ["最后让我们用热烈掌声欢迎本书作者王老师。"]))
    t.say(*_labelled(4, body("alignment", 30, 33)))
    t.say(*_labelled(1, ["谢谢王老师，", "今天的发表会到这里，谢谢大家。"]))
    return t


def livestream_with_callers() -> Transcript:
    """One livestream: the host reads out the next caller (下一位是…) and talks with each of
    them, turn after turn — a conversation, not a stream of talks."""
    t = Transcript(blank=0)
    t.talk()
    t.say(*_labelled(0, ["好，", "我们开始今天的连线。", "第一位是小林。"]))
    for caller, (topic, seed) in enumerate((("alignment", 41), ("chips", 42), ("graphs", 43)), start=5):
        lines = body(topic, 24, seed)
        for index in range(0, len(lines), 2):
            t.say(*_labelled(caller, lines[index : index + 2]))
            t.say(*_labelled(0, ["嗯，", "对对对，你说。"]))
        t.say(*_labelled(0, ["好的，谢谢。", "然后下一位是小周。"]))
    return t


def narrator_presents_acts() -> Transcript:
    """A documentary's narrator invites one thinker after another on stage (下面有请…出场):
    one programme, with no thanks, no pause and no new voice between the acts."""
    t = Transcript(blank=0)
    t.talk()
    t.say("大家好 欢迎收看今天的节目", "今天我们讨论技术会不会改变历史的方向")
    for name, topic, seed in (("甲", "chips", 51), ("乙", "graphs", 52), ("丙", "alignment", 53)):
        t.say(f"好 下面有请{name}出场")
        t.say(*(line.replace("。", " ") for line in body(topic, 25, seed)))
    return t


def live_stream_segments() -> Transcript:
    """An event stream: stage talks handed over by a host, then studio segments after a
    break (welcome back, I'm …; coming up …). The break announcement leads into what follows it."""
    t = Transcript()
    t.talk()
    t.say(
        "Hello everyone and welcome to the live stream of our summit.",
        "Our first speaker builds robots that learn from play. Please welcome Maya Ortiz.",
    )
    t.say(*body("robots", 35, 61, end="."))
    t.say("Thank you so much, Maya.", "Give her another huge round of applause.")
    t.talk()
    t.say(
        "Okay, our next speaker studied atmospheric physics and now forecasts floods for cities.",
        "Please give a big round of applause to Omar Reyes.",
    )
    t.say(*body("climate", 35, 62, end="."))
    t.say("Thank you, Omar.")
    t.talk()
    t.say(
        "We will now take a short break.",
        "Hi folks, welcome back to the studio.",
        "I'm Dana Whitfield and coming up, we have a conversation about serving large models.",
    )
    t.say(*body("inference", 35, 63, end="."))
    return t


ALL = {
    "english_conference": english_conference,
    "chinese_forum": chinese_forum,
    "single_english_talk": single_english_talk,
    "single_chinese_talk": single_chinese_talk,
    "language_switch_without_handover": language_switch_without_handover,
    "english_talk_with_chinese_moderation": english_talk_with_chinese_moderation,
    "single_talk_with_misleading_phrases": single_talk_with_misleading_phrases,
    "single_chinese_talk_with_misleading_phrases": single_chinese_talk_with_misleading_phrases,
    "english_asr_without_punctuation": english_asr_without_punctuation,
    "talk_then_panel": talk_then_panel,
    "long_host_introduction": long_host_introduction,
    "notes_with_talk_labels": notes_with_talk_labels,
    "diarized_book_launch": diarized_book_launch,
    "livestream_with_callers": livestream_with_callers,
    "narrator_presents_acts": narrator_presents_acts,
    "live_stream_segments": live_stream_segments,
}
