<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="30"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="54"/>
        <source>cannot list the models: %1</source>
        <translation>无法列出模型：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="67"/>
        <source>none installed yet</source>
        <translation>尚未安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="72"/>
        <source>Read, translate and search talk transcripts side by side, offline.</source>
        <translation>离线地并排阅读、翻译和搜索演讲文字稿。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="74"/>
        <source>Translation by Argos Translate models running on CTranslate2; Chinese word search by jieba.</source>
        <translation>翻译由运行在 CTranslate2 上的 Argos Translate 模型完成；中文分词搜索由 jieba 提供。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="78"/>
        <source>Translation models</source>
        <translation>翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="79"/>
        <source>MIT License</source>
        <translation>MIT 许可证</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="93"/>
        <source>About Talk Reader</source>
        <translation>关于 Talk Reader</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../../reader/gui/error_text.py" line="28"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="29"/>
        <source>permission denied</source>
        <translation>没有权限读取</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="30"/>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="32"/>
        <source>is not a regular file (a folder, pipe or device)</source>
        <translation>不是普通文件（是文件夹、管道或设备）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="36"/>
        <source>file is %1; transcripts over %2 MB are refused (split the file first)</source>
        <translation>文件大小为 %1；超过 %2 MB 的文字稿不予导入（请先拆分文件）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="41"/>
        <source>file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="42"/>
        <source>file looks binary, not a text transcript</source>
        <translation>文件看起来是二进制数据，不是文字稿</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="44"/>
        <source>this is %1, not a text transcript</source>
        <translation>这是 %1，不是文字稿</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="48"/>
        <source>the bytes are not valid %1 text</source>
        <translation>内容不是有效的 %1 文本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="52"/>
        <source>cannot tell the text encoding (not UTF-8, UTF-16, GB18030, Big5 or another known one)</source>
        <translation>无法识别文本编码（不是 UTF-8、UTF-16、GB18030、Big5 或其他已知编码）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="57"/>
        <source>the file holds no text to import</source>
        <translation>文件中没有可导入的文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="60"/>
        <source>there is nothing to search for: type a word or a phrase</source>
        <translation>没有可搜索的内容：请输入一个词或短语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="64"/>
        <source>add a word to search for: a query cannot only exclude words</source>
        <translation>请加上要搜索的词：查询不能只包含排除的词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="68"/>
        <source>filters cannot be excluded: remove the minus before %1</source>
        <translation>筛选条件不能被排除：请去掉 %1 前面的减号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="72"/>
        <source>speaker: needs a name, e.g. speaker:赵老师 or speaker:&quot;Speaker 3&quot;</source>
        <translation>speaker: 需要一个名字，例如 speaker:赵老师 或 speaker:&quot;Speaker 3&quot;</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="78"/>
        <source>talk: needs a talk number, e.g. talk:12 (got %1)</source>
        <translation>talk: 需要一个演讲编号，例如 talk:12（收到的是 %1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="81"/>
        <source>lang: must be zh or en (got %1)</source>
        <translation>lang: 只能是 zh 或 en（收到的是 %1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="83"/>
        <source>in: must be original, translation or notes (got %1)</source>
        <translation>in: 只能是 original、translation 或 notes（收到的是 %1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="87"/>
        <source>the query is too long (%1 characters; at most %2)</source>
        <translation>查询太长（%1 个字符；最多 %2 个）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="91"/>
        <source>the query has too many words (%1; at most %2)</source>
        <translation>查询中的词太多（%1 个；最多 %2 个）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="95"/>
        <source>this query cannot be searched; try fewer or simpler words</source>
        <translation>无法执行这个查询；请试试更少或更简单的词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="98"/>
        <source>the query must be text</source>
        <translation>查询必须是文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="101"/>
        <source>no %1 model is installed; install one in File → Translation Models…</source>
        <translation>没有安装 %1 的模型；请在“文件 → 翻译模型…”中安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="119"/>
        <source>malformed subtitle time at line %1: %2 (times are [hh:]mm:ss,mmm with minutes and seconds below 60)</source>
        <translation>第 %1 行的字幕时间格式不对：%2（时间应写成 [时:]分:秒,毫秒，分和秒都小于 60）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="126"/>
        <source>malformed subtitle block at line %1: %2 is not a cue number</source>
        <translation>第 %1 行的字幕块格式不对：%2 不是字幕编号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="130"/>
        <source>subtitle at line %1 ends before it starts</source>
        <translation>第 %1 行的字幕结束时间早于开始时间</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="134"/>
        <source>malformed subtitle block at line %1: no &apos;start --&gt; end&apos; time line</source>
        <translation>第 %1 行的字幕块格式不对：没有“开始 --&gt; 结束”时间行</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="140"/>
        <source>no subtitle cues with text found</source>
        <translation>没有找到带文字的字幕</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="142"/>
        <source>no subtitle cues with text found (only sound tags)</source>
        <translation>没有找到带文字的字幕（只有声音标记）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="146"/>
        <source>not a WebVTT file: the first line must be &apos;WEBVTT&apos;</source>
        <translation>不是 WebVTT 文件：第一行必须是 WEBVTT</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="151"/>
        <source>the library is locked by another program (is Talk Reader open twice?); waited for it, nothing was changed</source>
        <translation>资料库被另一个程序锁定（是不是同时打开了两次本应用？）；已经等待过，没有做任何更改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="159"/>
        <source>the library file is read-only; nothing was changed</source>
        <translation>资料库文件是只读的；没有做任何更改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="163"/>
        <source>the disk holding the library is full; free some space and try again (nothing was changed)</source>
        <translation>存放资料库的磁盘已满；请腾出空间后重试（没有做任何更改）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="170"/>
        <source>the library file is damaged or is not a Talk Reader library</source>
        <translation>资料库文件已损坏，或者不是本应用的资料库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="174"/>
        <source>the library file is damaged and cannot be read</source>
        <translation>资料库文件已损坏，无法读取</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="178"/>
        <source>the library file cannot be opened (check the folder exists and is writable)</source>
        <translation>无法打开资料库文件（请检查文件夹是否存在、能否写入）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="184"/>
        <source>the library could not be used (%1)</source>
        <translation>无法使用资料库（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="186"/>
        <source>the library was written by a newer Talk Reader (schema %1, this version knows %2); please upgrade the app</source>
        <translation>这个资料库由更新版本的本应用写入（结构版本 %1，本版本只支持到 %2）；请升级应用</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="194"/>
        <source>the library needs an upgrade to schema %1, but %2</source>
        <translation>资料库需要升级到结构版本 %1，但%2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="198"/>
        <source>the library is open read-only: %1; nothing was changed</source>
        <translation>资料库以只读方式打开：%1；没有做任何更改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="202"/>
        <source>the library file is empty and cannot be written (%1)</source>
        <translation>资料库文件是空的，而且无法写入（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="205"/>
        <source>is a directory, not a library file</source>
        <translation>是文件夹，不是资料库文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="206"/>
        <source>no library at this path</source>
        <translation>这个位置没有资料库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="208"/>
        <source>cannot create the library folder (%1)</source>
        <translation>无法创建资料库文件夹（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="211"/>
        <source>cannot read the library file (%1)</source>
        <translation>无法读取资料库文件（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="213"/>
        <source>this is a database of another program, not a Talk Reader library; it was left untouched (choose another file)</source>
        <translation>这是其他程序的数据库，不是本应用的资料库；没有改动它（请选择其他文件）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="221"/>
        <source>the library has no search index; run: talk-reader reindex</source>
        <translation>资料库没有搜索索引；请运行：talk-reader reindex</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="225"/>
        <source>the search index was built by another version of Talk Reader; run: talk-reader reindex</source>
        <translation>搜索索引是由其他版本的本应用建立的；请运行：talk-reader reindex</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="232"/>
        <source>no talk with id %1</source>
        <translation>没有编号为 %1 的演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="233"/>
        <source>no segment with id %1</source>
        <translation>没有编号为 %1 的句子</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="234"/>
        <source>no note with id %1</source>
        <translation>没有编号为 %1 的笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="236"/>
        <source>segment %1 is not in talk %2</source>
        <translation>句子 %1 不在演讲 %2 中</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="239"/>
        <source>talk %1 has no named speakers</source>
        <translation>演讲 %1 没有标出名字的说话人</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="241"/>
        <source>talk %1 has no speaker “%2” (its speakers: %3)</source>
        <translation>演讲 %1 中没有说话人“%2”（它的说话人：%3）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="244"/>
        <source>a talk&apos;s title cannot be empty</source>
        <translation>演讲标题不能为空</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="245"/>
        <source>a speaker&apos;s name cannot be empty</source>
        <translation>说话人的名字不能为空</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="247"/>
        <source>a translation cannot be empty (to let the model translate it again, clear it)</source>
        <translation>译文不能为空（想让模型重新翻译，请清除译文）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="254"/>
        <source>the note is too long (%1 characters; at most %2)</source>
        <translation>笔记太长（%1 个字符；最多 %2 个）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="258"/>
        <source>a speaker&apos;s name can have at most %1 characters</source>
        <translation>说话人的名字最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="262"/>
        <source>cannot split before the first segment: the first talk would be empty</source>
        <translation>不能在第一句之前拆分：那样第一个演讲会是空的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="269"/>
        <source>a note (id %1) spans the split point; delete or shorten it first</source>
        <translation>有一条笔记（编号 %1）跨过了拆分点；请先删除或缩短它</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="275"/>
        <source>cannot merge a talk with itself</source>
        <translation>不能把演讲和它自己合并</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="277"/>
        <source>unknown colour %1; choose one of: %2</source>
        <translation>未知的颜色 %1；可选：%2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="281"/>
        <source>segment %1 comes before segment %2 in the talk; give the range in reading order</source>
        <translation>在演讲中句子 %1 在句子 %2 之前；请按阅读顺序给出范围</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="288"/>
        <source>is a link to nothing; not written</source>
        <translation>是指向不存在目标的链接；没有写入</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="290"/>
        <source>%1; only regular files are replaced</source>
        <translation>%1；只会替换普通文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="294"/>
        <source>is a folder; give the name of the file to write</source>
        <translation>是文件夹；请给出要写入的文件名</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="297"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="298"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="299"/>
        <source>cannot create files in this folder</source>
        <translation>无法在这个文件夹中创建文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="300"/>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="301"/>
        <source>already exists; not overwritten</source>
        <translation>已经存在；没有覆盖</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="303"/>
        <source>unknown export option %1; choose %2</source>
        <translation>未知的导出选项 %1；可选：%2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="307"/>
        <source>subtitles are exported one talk at a time; choose a single talk</source>
        <translation>字幕一次只能导出一个演讲；请只选一个演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="311"/>
        <source>talk %1 (%2) has no subtitle timings; SRT/VTT export needs a talk imported from SRT or VTT (export it as md, notes or html)</source>
        <translation>演讲 %1（%2）没有字幕时间；只有从字幕文件导入的演讲才能导出为字幕（可以改为导出文稿、笔记或网页）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="320"/>
        <source>no model is installed for %1; install them in File → Translation Models…</source>
        <translation>没有安装 %1 的模型；请在“文件 → 翻译模型…”中安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="327"/>
        <source>no installed model package called %1</source>
        <translation>没有已安装的模型包叫 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="330"/>
        <source>cannot remove the package (%1)</source>
        <translation>无法删除模型包（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="332"/>
        <source>cannot install the package (%1)</source>
        <translation>无法安装模型包（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="335"/>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="337"/>
        <source>cannot create the model folder (%1)</source>
        <translation>无法创建模型文件夹（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="340"/>
        <source>cannot unpack the package (%1)</source>
        <translation>无法解压模型包（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="342"/>
        <source>cannot create the downloads folder (%1)</source>
        <translation>无法创建下载文件夹（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="346"/>
        <source>cannot save the download of %1 (%2)</source>
        <translation>无法保存从 %1 下载的内容（%2）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="350"/>
        <source>the archive has a path outside its folder (%1)</source>
        <translation>压缩包中有指向其文件夹之外的路径（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="353"/>
        <source>the archive is empty</source>
        <translation>压缩包是空的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="355"/>
        <source>the archive has %1 entries, more than a model package has</source>
        <translation>压缩包有 %1 个条目，比模型包应有的多</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="359"/>
        <source>the archive contains a link (%1)</source>
        <translation>压缩包中含有链接（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="362"/>
        <source>the archive holds %1 twice</source>
        <translation>压缩包中 %1 出现了两次</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="364"/>
        <source>the archive unpacks to %1 GB, more than a model package can be (at most %2 GB)</source>
        <translation>压缩包解压后有 %1 GB，超过模型包的上限（最多 %2 GB）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="371"/>
        <source>%1 inflates implausibly for a model file (a zip bomb?)</source>
        <translation>%1 解压后的大小对模型文件来说不合理（可能是压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="375"/>
        <source>%1 unpacks to more than the archive claims</source>
        <translation>%1 解压后比压缩包声明的大</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="379"/>
        <source>not a model package: expected one top-level folder in the archive</source>
        <translation>不是模型包：压缩包里应当只有一个顶层文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="386"/>
        <source>not a model package: no metadata.json</source>
        <translation>不是模型包：没有 metadata.json</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="389"/>
        <source>the archive is damaged</source>
        <translation>压缩包已损坏</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="391"/>
        <source>not a model package (an .argosmodel file is a zip archive)</source>
        <translation>不是模型包（模型包文件应当是一个压缩包）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="395"/>
        <source>metadata.json: %1 must be a string</source>
        <translation>metadata.json：%1 必须是文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="399"/>
        <source>metadata.json does not describe a package</source>
        <translation>metadata.json 描述的不是模型包</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="403"/>
        <source>metadata.json names no from_code/to_code languages</source>
        <translation>metadata.json 没有写明源语言和目标语言（from_code/to_code）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="407"/>
        <source>metadata.json: %1 %2 is not a language code</source>
        <translation>metadata.json：%1 的值 %2 不是语言代码</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="411"/>
        <source>metadata.json: package_version %1 is not a version</source>
        <translation>metadata.json：package_version 的值 %1 不是版本号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="415"/>
        <source>metadata.json: type %1 is not a package type</source>
        <translation>metadata.json：type 的值 %1 不是模型包类型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="418"/>
        <source>unreadable metadata.json</source>
        <translation>无法读取 metadata.json</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="420"/>
        <source>a %1 package, not a translation model</source>
        <translation>这是 %1 类型的包，不是翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="424"/>
        <source>the package is incomplete (missing %1)</source>
        <translation>模型包不完整（缺少 %1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="428"/>
        <source>this package uses a BPE tokenizer, which Talk Reader does not support</source>
        <translation>这个模型包使用的分词方式本应用不支持</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="435"/>
        <source>the SentencePiece model does not load</source>
        <translation>无法加载分词模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="438"/>
        <source>the translation model does not load</source>
        <translation>无法加载翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="440"/>
        <source>the model cannot translate a test sentence</source>
        <translation>模型无法翻译测试句子</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="444"/>
        <source>the package does not work, nothing was installed: %1</source>
        <translation>模型包不能用，什么也没有安装：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="448"/>
        <source>cannot reach %1; check the network connection or ARGOS_PACKAGE_INDEX</source>
        <translation>无法连接 %1；请检查网络连接或 ARGOS_PACKAGE_INDEX 设置</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="454"/>
        <source>cannot download %1 (%2)</source>
        <translation>无法下载 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="455"/>
        <source>the package index at %1 is not valid</source>
        <translation>%1 上的模型包索引无效</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="457"/>
        <source>the package index has no %1 model</source>
        <translation>模型包索引中没有 %1 的模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="461"/>
        <source>the package index gives no download link for %1</source>
        <translation>模型包索引没有给出 %1 的下载链接</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="465"/>
        <source>the download from %1 failed %2 times; try again to resume it</source>
        <translation>从 %1 下载失败了 %2 次；再试一次即可接着下载</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="469"/>
        <source>%1 gave %2, but the package index says %3; nothing was installed</source>
        <translation>%1 的大小是 %2，但模型包索引写的是 %3；什么也没有安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="476"/>
        <source>%1 does not match the SHA-256 checksum the package index gives (a damaged download?)</source>
        <translation>%1 与模型包索引给出的校验值不符（下载的文件可能已损坏）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="483"/>
        <source>the package downloaded from %1 cannot be installed: %2</source>
        <translation>从 %1 下载的模型包无法安装：%2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="492"/>
        <source>it is on a read-only file system</source>
        <translation>它位于只读文件系统上</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="493"/>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="494"/>
        <source>its folder is read-only</source>
        <translation>它所在的文件夹是只读的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="495"/>
        <source>its pages are damaged; export what you need or restore a backup (nothing more is written to it, so nothing more is lost)</source>
        <translation>它的数据页已损坏；请导出需要的内容或恢复备份（不会再向它写入，因此不会再丢失内容）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="505"/>
        <source>access denied (no permission)</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="509"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="510"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="511"/>
        <source>the disk quota is exceeded</source>
        <translation>超出了磁盘配额</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="512"/>
        <source>the file is too large for this disk</source>
        <translation>文件太大，这个磁盘放不下</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="513"/>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="514"/>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="515"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>路径中有一部分是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="516"/>
        <source>is a folder</source>
        <translation>是文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="517"/>
        <source>input/output error on the disk</source>
        <translation>磁盘读写出错</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="524"/>
        <source>is a device</source>
        <translation>是设备</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="525"/>
        <source>is a named pipe</source>
        <translation>是命名管道</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="526"/>
        <source>is a socket</source>
        <translation>是套接字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="527"/>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="528"/>
        <source>is a link to a device</source>
        <translation>是指向设备的链接</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="529"/>
        <source>is a link to a named pipe</source>
        <translation>是指向命名管道的链接</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="530"/>
        <source>is a link to a socket</source>
        <translation>是指向套接字的链接</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="531"/>
        <source>is a link to something that is not a regular file</source>
        <translation>是指向非普通文件的链接</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="553"/>
        <source>, </source>
        <extracomment>Parameters whose value picks a variant sentence (``model.os-error/remove``). Parameters computed from others rather than taken as they are.</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/correction.py" line="18"/>
        <source>Correct Translation</source>
        <extracomment>(segment id, new text); empty text means &quot;let the machine translate it again&quot;</extracomment>
        <translation>修改译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/correction.py" line="27"/>
        <source>Your translation is kept and never replaced by the machine. Leave it empty to have it translated again.</source>
        <translation>你的译文会被保留，机器翻译不会覆盖它。留空则重新机器翻译。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reader/gui/app.py" line="338"/>
        <source>The library cannot be opened.</source>
        <extracomment>The desktop entry&apos;s name (``packaging/&lt;id&gt;.desktop``): Wayland compositors match windows to their launcher and icon by it. How long a worker thread may hold the GIL while the GUI thread waits for it. PySide releases the GIL around calls into Qt, so the GUI thread asks for it back many times per event; at Python&apos;s default 5 ms, a busy worker (storing a translation batch) turned each of those into a wait and the window stalled for hundreds of milliseconds.</extracomment>
        <translation>无法打开文库。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="52"/>
        <source>Talk Reader ran out of memory.</source>
        <translation>Talk Reader 内存不足。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="56"/>
        <source>Talk Reader hit an internal error and stopped this task. Your library is safe.</source>
        <translation>Talk Reader 遇到内部错误，已停止此任务。你的文库不受影响。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="64"/>
        <source>Talk Reader</source>
        <translation>Talk Reader</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="68"/>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="161"/>
        <source>Export</source>
        <extracomment>What the preview shows at most: plain text beyond this costs the GUI thread more than a frame to lay out, and nobody reads a 2 MB preview; the exported file has everything. The HTML preview is rendered from the document&apos;s beginning only: HTML of a whole library takes the worker most of a second, and a rich-text widget lays out ~16 K chars per frame. The exported page&apos;s own colours (see ``reader.core.export.html.CSS``). the whole export&apos;s size in UTF-8 (0: not worked out, HTML cut short) The path of a finished export. A preview was shown (tests, screenshots). Where the last export went, so the next one starts there (for this session).</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="188"/>
        <source>This talk</source>
        <translation>当前演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="191"/>
        <source>No talk is open.</source>
        <translation>没有打开的演讲。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="196"/>
        <source>Chosen talks</source>
        <translation>选定的演讲</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="210"/>
        <source>The whole library (%n talk(s))</source>
        <translation>
            <numerusform>整个文库（%n 个演讲）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="216"/>
        <source>Talks</source>
        <translation>演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="227"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="227"/>
        <source>Bilingual or one language, with your notes next to their passages</source>
        <translation>双语或单一语言，笔记紧跟在所标注的段落旁</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="228"/>
        <source>Notes only (Markdown)</source>
        <translation>仅笔记（Markdown）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="229"/>
        <source>Just the highlighted passages, their translations and your notes</source>
        <translation>只导出高亮的段落、它们的译文和你的笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="230"/>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="230"/>
        <source>A self-contained, printable page, side by side</source>
        <translation>独立、可打印的网页，原文与译文并排</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="231"/>
        <source>SubRip subtitles (.srt)</source>
        <translation>SubRip 字幕（.srt）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="231"/>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="232"/>
        <source>Bilingual subtitles with the original timings</source>
        <translation>保留原始时间轴的双语字幕</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="232"/>
        <source>WebVTT subtitles (.vtt)</source>
        <translation>WebVTT 字幕（.vtt）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="236"/>
        <source>Subtitles are available for one talk imported from an SRT or VTT file, which has the timings.</source>
        <translation>字幕格式仅适用于单个从 SRT 或 VTT 文件导入的演讲（这类文件带有时间轴）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="243"/>
        <source>Interleaved</source>
        <translation>交替排列</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="244"/>
        <source>Each paragraph, then its translation</source>
        <translation>每段原文之后紧跟其译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="245"/>
        <source>Side by side</source>
        <translation>左右并排</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="246"/>
        <source>A two-column table: original and translation</source>
        <translation>两栏表格：原文与译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="250"/>
        <source>Original and translation</source>
        <translation>原文和译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="251"/>
        <source>Original only</source>
        <translation>仅原文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="252"/>
        <source>Translation only</source>
        <translation>仅译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="253"/>
        <source>Clean up speech noise</source>
        <translation>清理口语杂音</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="255"/>
        <source>Fillers, stutters and repeats removed. Off: the verbatim transcript, as imported.</source>
        <translation>去掉语气词、口吃和重复。关闭时导出导入时的逐字稿。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="261"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="264"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="266"/>
        <source>Layout:</source>
        <translation>排版：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="267"/>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="277"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="332"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="428"/>
        <source>Choose at least one talk.</source>
        <translation>请至少选择一个演讲。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="430"/>
        <source>Reading the talks…</source>
        <translation>正在读取演讲…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="456"/>
        <source>The preview could not be made.</source>
        <translation>无法生成预览。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="484"/>
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n 个演讲</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="484"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="489"/>
        <source>the preview shows the beginning</source>
        <translation>预览仅显示开头部分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="504"/>
        <source>%n passage(s) are not translated yet; their cues show the original only.</source>
        <translation>
            <numerusform>%n 个段落尚未翻译；对应的字幕只显示原文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="507"/>
        <source>%n passage(s) are not translated yet; the export marks them as such.</source>
        <translation>
            <numerusform>%n 个段落尚未翻译；导出文件中会标明。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="511"/>
        <source>No highlights in these talks yet: the notes export would be empty.</source>
        <translation>这些演讲还没有高亮：仅笔记导出将是空的。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="524"/>
        <source>Reading the talks… %1 of %2</source>
        <translation>正在读取演讲… 第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="547"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown（*.md）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="548"/>
        <source>HTML page (*.html)</source>
        <translation>HTML 网页（*.html）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="548"/>
        <source>SubRip subtitles (*.srt)</source>
        <translation>SubRip 字幕（*.srt）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="549"/>
        <source>WebVTT subtitles (*.vtt)</source>
        <translation>WebVTT 字幕（*.vtt）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="550"/>
        <source>Export As</source>
        <translation>导出为</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="554"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="576"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="579"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="603"/>
        <source>Replace File?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="604"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="605"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="606"/>
        <source>The file in %1 will be overwritten.</source>
        <translation>%1 中的该文件将被覆盖。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="609"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="609"/>
        <source>The export could not be written.</source>
        <translation>无法写入导出文件。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="49"/>
        <source>Find in talk</source>
        <translation>在演讲中查找</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="57"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="61"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="65"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="167"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="169"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../reader/gui/first_run.py" line="125"/>
        <source>Opening the sample talk</source>
        <extracomment>The directions the reader translates: Chinese talks into English and back. The sample&apos;s talk id once it is in the library (the window then opens it). Opening the sample failed (the message is also shown to the user). Models were installed here; the window&apos;s translation picks them up. The missing directions were (re)checked.</extracomment>
        <translation>正在打开示例演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="169"/>
        <source>Downloading translation models</source>
        <translation>正在下载翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="172"/>
        <source>Connecting to the model index…</source>
        <translation>正在连接模型列表…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="177"/>
        <source>Downloading %1 (%2 of %3)…</source>
        <translation>正在下载 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="184"/>
        <source>Install Translation Model</source>
        <translation>安装翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="186"/>
        <source>Argos Translate models (*.argosmodel *.zip)</source>
        <translation>Argos Translate 模型 (*.argosmodel *.zip)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="186"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="199"/>
        <source>Installing models</source>
        <translation>正在安装模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="201"/>
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="216"/>
        <source>Installed %1.</source>
        <translation>已安装 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="222"/>
        <source>The models could not be installed: %1</source>
        <translation>无法安装模型：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="230"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>ImportWarnings</name>
    <message>
        <location filename="../../reader/gui/error_text.py" line="596"/>
        <source>the text needed repairs to be read: %1</source>
        <translation>文本经过修复才能读取：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="597"/>
        <source>code fence never closed; read as text</source>
        <translation>代码块没有结束标记；按普通文本读取</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="598"/>
        <source>&apos;&lt;!--&apos; never closed; read as text</source>
        <translation>“&lt;!--”没有结束标记；按普通文本读取</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="599"/>
        <source>&apos;&lt;details&gt;&apos; never closed; read as text</source>
        <translation>“&lt;details&gt;”没有结束标记；按普通文本读取</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="610"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../reader/gui/language_names.py" line="14"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="15"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="16"/>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="17"/>
        <source>Korean</source>
        <translation>韩文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="18"/>
        <source>German</source>
        <translation>德文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="19"/>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="20"/>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="21"/>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="130"/>
        <source>Filter talks</source>
        <translation>筛选演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="220"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="222"/>
        <source>Merge With Next Talk</source>
        <translation>与下一个演讲合并</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="229"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/gui/main_window.py" line="108"/>
        <location filename="../../reader/gui/main_window.py" line="324"/>
        <source>Original</source>
        <extracomment>The user picked another UI language or theme in preferences. Emitted after a talk&apos;s rows are on screen (benchmarks, tests): talk id. The talk list was (re)loaded. The last import&apos;s warnings, one line each in the UI language.</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="108"/>
        <location filename="../../reader/gui/main_window.py" line="325"/>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="131"/>
        <source>Select a talk to start reading.</source>
        <translation>选择一个演讲开始阅读。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="162"/>
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="171"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="181"/>
        <source>Search library (Ctrl+K)</source>
        <translation>搜索文库 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="207"/>
        <source>&amp;Import Transcripts…</source>
        <translation>导入文字稿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="208"/>
        <source>Translation &amp;Models…</source>
        <translation>翻译模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="209"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="211"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="212"/>
        <location filename="../../reader/gui/main_window.py" line="876"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="215"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="216"/>
        <source>&amp;Find in Talk…</source>
        <translation>在演讲中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="217"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="219"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="222"/>
        <source>&amp;Search Library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="224"/>
        <source>C&amp;orrect Translation…</source>
        <translation>修改译文(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="225"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="227"/>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="230"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="232"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="235"/>
        <source>&amp;Both Languages</source>
        <translation>双语对照(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="237"/>
        <source>&amp;Original Only</source>
        <translation>仅原文(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="240"/>
        <source>&amp;Translation Only</source>
        <translation>仅译文(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="244"/>
        <source>&amp;Swap Sides</source>
        <translation>交换左右(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="245"/>
        <source>&amp;Clean Up Speech Noise</source>
        <translation>清理口语杂音(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="247"/>
        <source>Show &amp;Timestamps</source>
        <translation>显示时间戳(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="249"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="251"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="253"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="255"/>
        <source>&amp;Library Pane</source>
        <translation>文库面板(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="258"/>
        <source>Search &amp;Results</source>
        <translation>搜索结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="259"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="260"/>
        <source>Rename S&amp;peaker…</source>
        <translation>重命名发言人(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="262"/>
        <source>&amp;Split Before Selected Sentence</source>
        <translation>在所选句子前拆分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="264"/>
        <source>&amp;Merge With Next Talk</source>
        <translation>与下一个演讲合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="266"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="267"/>
        <source>&amp;Translate Talk</source>
        <translation>翻译演讲(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="269"/>
        <source>Sto&amp;p Translating</source>
        <translation>停止翻译(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="271"/>
        <source>&amp;About Talk Reader</source>
        <translation>关于 Talk Reader(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="272"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="276"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="283"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="292"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="300"/>
        <source>&amp;Talk</source>
        <translation>演讲(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="306"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="308"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="324"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="325"/>
        <source>Both</source>
        <translation>双语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="326"/>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="326"/>
        <source>Clean</source>
        <translation>清理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/main_window.py" line="500"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 句</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="543"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="543"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="547"/>
        <source>%1 sentences can&apos;t be translated: no model for %2 is installed.</source>
        <translation>%1 个句子无法翻译：没有安装 %2 的模型。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="549"/>
        <source>Install Models…</source>
        <translation>安装模型…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="649"/>
        <source>Click a sentence first.</source>
        <translation>请先点击一个句子。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="677"/>
        <source>Translation saved.</source>
        <translation>译文已保存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="709"/>
        <source>Rename Talk</source>
        <translation>重命名演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="710"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="729"/>
        <source>This talk names no speakers.</source>
        <translation>这个演讲没有标明发言人。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="754"/>
        <source>“%1” merged into “%2”.</source>
        <translation>“%1”已并入“%2”。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="754"/>
        <source>“%1” renamed to “%2”.</source>
        <translation>“%1”已重命名为“%2”。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="790"/>
        <source>Click the sentence the new talk should start with.</source>
        <translation>请点击新演讲开头的句子。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="803"/>
        <source>Split: the rest is now a talk of its own.</source>
        <translation>已拆分：其余部分成为一个单独的演讲。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="810"/>
        <source>Split Talk</source>
        <translation>拆分演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="811"/>
        <source>Start a new talk at “%1”?</source>
        <translation>从“%1”开始新的演讲？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="812"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="813"/>
        <source>This sentence and everything after it become a talk of their own.</source>
        <translation>这一句及其后的所有内容将成为单独的演讲。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="833"/>
        <source>Merge Talks</source>
        <translation>合并演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="834"/>
        <source>Append “%1” to “%2”?</source>
        <translation>把“%1”追加到“%2”之后？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="835"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="862"/>
        <source>Talk deleted. Undo with Ctrl+Z.</source>
        <translation>演讲已删除。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="868"/>
        <source>Its text, translations and notes are removed from the library. You can undo this until you quit.</source>
        <translation>它的文本、译文和笔记将从文库中移除。退出程序之前都可以撤销。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="876"/>
        <source>&amp;Undo Delete “%1”</source>
        <translation>撤销删除“%1”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="879"/>
        <source>&amp;Undo Delete Note “%1”</source>
        <translation>撤销删除笔记“%1”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="892"/>
        <source>Talk restored.</source>
        <translation>演讲已恢复。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="981"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="866"/>
        <source>Delete Talk</source>
        <translation>删除演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="866"/>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="867"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="898"/>
        <source>Import Transcripts</source>
        <translation>导入文字稿</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="901"/>
        <source>Transcripts (*.txt *.md *.srt *.vtt)</source>
        <translation>文字稿 (*.txt *.md *.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="901"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="924"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/main_window.py" line="938"/>
        <source> %n warning(s) while reading: </source>
        <translation>
            <numerusform>读取时有 %n 条提示：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/main_window.py" line="941"/>
        <source>Imported %n talk(s).</source>
        <translation>
            <numerusform>已导入 %n 个演讲。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="944"/>
        <source>Already in the library.</source>
        <translation>已在文库中。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="948"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/main_window.py" line="949"/>
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n 个文件无法导入：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="64"/>
        <source>Translation Models</source>
        <translation>翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="69"/>
        <source>Talk Reader translates offline with Argos Translate models. Install a model for each direction you read: Chinese → English and English → Chinese.</source>
        <translation>Talk Reader 使用 Argos Translate 模型离线翻译。请为需要的每个方向安装模型：中文 → 英文，英文 → 中文。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="76"/>
        <location filename="../../reader/gui/dialogs/models.py" line="78"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="76"/>
        <location filename="../../reader/gui/dialogs/models.py" line="78"/>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="76"/>
        <location filename="../../reader/gui/dialogs/models.py" line="78"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="81"/>
        <source>Install From File…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="83"/>
        <location filename="../../reader/gui/dialogs/models.py" line="251"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="94"/>
        <source>Refresh List</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="96"/>
        <source>Download and Install</source>
        <translation>下载并安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="109"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="110"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="159"/>
        <source>%1 (update: %2)</source>
        <extracomment>Installed package path → the newer version the index offers.</extracomment>
        <translation>%1（可更新到 %2）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="169"/>
        <source>Version %1 is available: download it in the Download tab.</source>
        <translation>有新版本 %1：请在“下载”页下载。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="195"/>
        <source>No translation models are installed yet.</source>
        <translation>尚未安装任何翻译模型。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="198"/>
        <location filename="../../reader/gui/dialogs/models.py" line="202"/>
        <source>%n model(s) installed.</source>
        <translation>
            <numerusform>已安装 %n 个模型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="199"/>
        <source> %n update(s) available in the Download tab.</source>
        <translation>
            <numerusform>有 %n 个更新，可在“下载”页下载。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="205"/>
        <source>Install Translation Model</source>
        <translation>安装翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="206"/>
        <source>Argos Translate models (*.argosmodel *.zip)</source>
        <translation>Argos Translate 模型 (*.argosmodel *.zip)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="206"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="215"/>
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="218"/>
        <source>Installing models</source>
        <translation>正在安装模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="225"/>
        <source>Installed %1.</source>
        <translation>已安装 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="250"/>
        <source>Remove Model</source>
        <translation>移除模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="250"/>
        <source>Remove the model %1?</source>
        <translation>移除模型 %1？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="261"/>
        <source>Fetching the list of models…</source>
        <translation>正在获取模型列表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="272"/>
        <source>%n model(s) available.</source>
        <translation>
            <numerusform>有 %n 个可用模型。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="290"/>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="301"/>
        <source>Highlight without a note</source>
        <extracomment>the passage as the reader shows it (clean or verbatim) the note&apos;s Markdown as plain text, &quot;&quot; for a plain highlight the :class:`NoteInfo` the note&apos;s Markdown rendered (the HTML export&apos;s dialect)</extracomment>
        <translation>仅高亮，无笔记</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="46"/>
        <source>Add Note</source>
        <extracomment>(colour name, Markdown text) when the user saves</extracomment>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="46"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="61"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="78"/>
        <source>Your note (optional). Markdown works: **bold**, *italic*, - lists, [links](https://…)</source>
        <translation>你的笔记（可选）。支持 Markdown：**粗体**、*斜体*、- 列表、[链接](https://…)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="86"/>
        <source>Write</source>
        <translation>编写</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="87"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="89"/>
        <source>Leave the note empty for a plain highlight. Ctrl+Enter saves.</source>
        <translation>笔记留空即为单纯高亮。按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="134"/>
        <source>Nothing written yet.</source>
        <translation>还没有写任何内容。</translation>
    </message>
</context>
<context>
    <name>NoteStyle</name>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="26"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="27"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="28"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="29"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="30"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="104"/>
        <source>Highlighted. Right-click to add a note.</source>
        <translation>已高亮。右键单击可添加笔记。</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../reader/gui/notes.py" line="118"/>
        <source>Click a sentence first (shift-click or drag to take several).</source>
        <extracomment>the start of its passage, for the Undo menu item</extracomment>
        <translation>请先点击一个句子（按住 Shift 点击或拖选可选择多句）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="146"/>
        <location filename="../../reader/gui/notes.py" line="176"/>
        <source>Note saved.</source>
        <translation>笔记已保存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="146"/>
        <source>Highlighted.</source>
        <translation>已高亮。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="185"/>
        <source>Delete Note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="185"/>
        <source>Delete this note and its highlight?</source>
        <translation>删除这条笔记及其高亮？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="186"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="188"/>
        <source>Remove Highlight</source>
        <translation>移除高亮</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="188"/>
        <source>Remove this highlight?</source>
        <translation>移除这个高亮？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="189"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="191"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="200"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation>笔记已删除。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="207"/>
        <source>Note restored.</source>
        <translation>笔记已恢复。</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="343"/>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="422"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="346"/>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="424"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="376"/>
        <source>No highlights in this talk yet.

Select sentences in the reader (click, shift-click or drag), then press Ctrl+H to highlight them or Ctrl+Shift+N to write a note.</source>
        <translation>这个演讲还没有高亮。

在阅读区选择句子（单击、按住 Shift 单击或拖选），然后按 Ctrl+H 高亮，或按 Ctrl+Shift+N 写笔记。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="378"/>
        <source>Open a talk to see its notes.</source>
        <translation>打开一个演讲以查看它的笔记。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/notes_panel.py" line="381"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 处高亮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/notes_panel.py" line="382"/>
        <source>%n with a note</source>
        <translation>
            <numerusform>%n 处有笔记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="421"/>
        <source>Show in Reader</source>
        <translation>在阅读区中显示</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="18"/>
        <source>Preferences</source>
        <extracomment>(ui language, theme) after the user pressed OK</extracomment>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="22"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="27"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="27"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="28"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="31"/>
        <source>Translate talks automatically when opened</source>
        <translation>打开演讲时自动翻译</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="34"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="35"/>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <location filename="../../reader/gui/widgets/progress.py" line="31"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/progress.py" line="78"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %2/%3</translation>
    </message>
</context>
<context>
    <name>ReaderModel</name>
    <message>
        <location filename="../../reader/gui/models/reader_model.py" line="114"/>
        <source>no translation model installed</source>
        <extracomment>Segment languages no model is asked to translate (see ``reader.core.translate.engine``). :class:`Cell` (display parts with segment ranges) tuple of segment ids in the row start time in ms, or None :class:`RowState` of the translation tuple of :class:`NoteMark` highlighting sentences of the row the name shown above the row where a turn starts, or None the row&apos;s sentences inside the note&apos;s passage, in reading order the passage starts in this row the passage ends in this row</extracomment>
        <translation>未安装翻译模型</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="998"/>
        <source>Right-click or double-click to rename this speaker</source>
        <extracomment>First and last row on screen, debounced; translation re-prioritises on it. Highlight a passage: first and last segment id (reading order), colour name. Write a note on a passage: first and last segment id (opens the note editor). Rename a speaker of the open talk: the name as shown (right-click or double-click on it).</extracomment>
        <translation>右键单击或双击可重命名这位发言人</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1002"/>
        <source>Your correction (double-click to change it)</source>
        <translation>你修改过的译文（双击可再次修改）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1004"/>
        <source>No translation model for this language is installed (File → Translation Models…)</source>
        <translation>未安装这种语言的翻译模型（文件 → 翻译模型…）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1005"/>
        <source>Not translated yet</source>
        <translation>尚未翻译</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1007"/>
        <source>Double-click to correct this translation</source>
        <translation>双击可修改这句译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1169"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1174"/>
        <source>Correct Translation…</source>
        <translation>修改译文…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1179"/>
        <source>Split Talk Before This Sentence</source>
        <translation>在此句前拆分演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1183"/>
        <source>Rename Speaker “%1”…</source>
        <translation>重命名发言人“%1”…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/reader_view.py" line="1191"/>
        <source>Highlight %n Sentence(s)</source>
        <translation>
            <numerusform>高亮 %n 个句子</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1201"/>
        <source>Add Note…</source>
        <translation>添加笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1213"/>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1213"/>
        <source>Write a Note on This Highlight…</source>
        <translation>为这个高亮写笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1215"/>
        <source>Delete Note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1215"/>
        <source>Remove Highlight</source>
        <translation>移除高亮</translation>
    </message>
</context>
<context>
    <name>RenameSpeakerDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="33"/>
        <source>Rename Speaker</source>
        <extracomment>(current name, new name); the new name is trimmed and never empty.</extracomment>
        <translation>重命名发言人</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="48"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="52"/>
        <source>Speaker:</source>
        <translation>发言人：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="53"/>
        <source>New name:</source>
        <translation>新名字：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="76"/>
        <source>“%1” already speaks in this talk: the two speakers become one.</source>
        <translation>“%1”已在这个演讲中发言：两位发言人将合并为一位。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="79"/>
        <source>Every turn of this speaker in this talk gets the new name.</source>
        <translation>这位发言人在本演讲中的每次发言都会使用新名字。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="150"/>
        <source>Searching for “%1”…</source>
        <translation>正在搜索“%1”…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="158"/>
        <source>No results for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/search_panel.py" line="161"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/search_panel.py" line="161"/>
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n 个演讲</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkListModel</name>
    <message numerus="yes">
        <location filename="../../reader/gui/models/talk_list.py" line="72"/>
        <source>%n segment(s)</source>
        <extracomment>Language names in the UI language (the talk list and the reader&apos;s header). translated fraction 0.0–1.0 the grey second line</extracomment>
        <translation>
            <numerusform>%n 句</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../../reader/gui/translation.py" line="188"/>
        <source>Translating</source>
        <extracomment>{segment_id: (text, edited)} stored and ready to show a run planned its work: PlanInfo a run ended: (talk id, cancelled by the user) emitted from the write lane when a batch is stored; delivered queued on the GUI thread</extracomment>
        <translation>正在翻译</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="20"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="21"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="64"/>
        <source>Welcome to Talk Reader</source>
        <extracomment>Open the bundled sample talk. Download the missing translation models from the model index. Install translation models from files the user picks. The view became visible (the model check is refreshed then).</extracomment>
        <translation>欢迎使用 Talk Reader</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="74"/>
        <source>Read talk transcripts side by side with their translation, clean up speech recognition noise, and search everything you have read.</source>
        <translation>将演讲文字稿与译文并排阅读，清理语音识别杂音，并搜索你读过的一切。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="80"/>
        <source>Open the Sample Talk</source>
        <translation>打开示例演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="83"/>
        <source>A short real transcript (a Chinese introduction and an English talk), to see how reading works.</source>
        <translation>一段简短的真实转录稿（中文开场介绍和英文演讲），看看对照阅读是什么样子。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="89"/>
        <source>Import Transcripts…</source>
        <translation>导入文字稿…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="122"/>
        <source>Download Models</source>
        <translation>下载模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="125"/>
        <source>Install From File…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="128"/>
        <source>Other Models…</source>
        <translation>其他模型…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="160"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="163"/>
        <source>No translation model is installed for %1. You can read and search without one; to see translations, download the models once (they work offline afterwards) or install a model file.</source>
        <translation>尚未安装 %1 的翻译模型。没有模型也可以阅读和搜索；要看到译文，请下载一次模型（之后即可离线使用），或从文件安装模型。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="95"/>
        <source>Or drop .txt, .md, .srt or .vtt files anywhere on this window.</source>
        <translation>也可以把 .txt、.md、.srt 或 .vtt 文件拖放到此窗口中。</translation>
    </message>
</context>
</TS>
