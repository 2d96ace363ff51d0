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
        <location filename="../../reader/gui/dialogs/about.py" line="80"/>
        <source>Translation models</source>
        <translation>翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="85"/>
        <source>MIT License</source>
        <translation>MIT 许可证</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="100"/>
        <source>About Talk Reader</source>
        <translation>关于 Talk Reader</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../../reader/gui/error_text.py" line="34"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="35"/>
        <source>permission denied</source>
        <translation>没有权限读取</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="36"/>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="38"/>
        <source>is not a regular file (a folder, pipe or device)</source>
        <translation>不是普通文件（是文件夹、管道或设备）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="42"/>
        <source>file is %1; transcripts over %2 MB are refused (split the file first)</source>
        <translation>文件大小为 %1；超过 %2 MB 的文字稿不予导入（请先拆分文件）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="47"/>
        <source>file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="48"/>
        <source>file looks binary, not a text transcript</source>
        <translation>文件看起来是二进制数据，不是文字稿</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="50"/>
        <source>this is %1, not a text transcript</source>
        <translation>这是 %1，不是文字稿</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="54"/>
        <source>the bytes are not valid %1 text</source>
        <translation>内容不是有效的 %1 文本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="58"/>
        <source>cannot tell the text encoding (not UTF-8, UTF-16, GB18030, Big5 or another known one)</source>
        <translation>无法识别文本编码（不是 UTF-8、UTF-16、GB18030、Big5 或其他已知编码）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="63"/>
        <source>the file holds no text to import</source>
        <translation>文件中没有可导入的文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="66"/>
        <source>there is nothing to search for: type a word or a phrase</source>
        <translation>没有可搜索的内容：请输入一个词或短语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="70"/>
        <source>add a word to search for: a query cannot only exclude words</source>
        <translation>请加上要搜索的词：查询不能只包含排除的词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="74"/>
        <source>filters cannot be excluded: remove the minus before %1</source>
        <translation>筛选条件不能被排除：请去掉 %1 前面的减号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="78"/>
        <source>speaker: needs a name, e.g. speaker:赵老师 or speaker:&quot;Speaker 3&quot;</source>
        <translation>speaker: 需要一个名字，例如 speaker:赵老师 或 speaker:&quot;Speaker 3&quot;</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="84"/>
        <source>talk: needs a talk number, e.g. talk:12 (got %1)</source>
        <translation>talk: 需要一个演讲编号，例如 talk:12（收到的是 %1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="87"/>
        <source>lang: must be zh or en (got %1)</source>
        <translation>lang: 只能是 zh 或 en（收到的是 %1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="89"/>
        <source>in: must be original, translation or notes (got %1)</source>
        <translation>in: 只能是 original、translation 或 notes（收到的是 %1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="93"/>
        <source>the query is too long (%1 characters; at most %2)</source>
        <translation>查询太长（%1 个字符；最多 %2 个）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="97"/>
        <source>the query has too many words (%1; at most %2)</source>
        <translation>查询中的词太多（%1 个；最多 %2 个）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="101"/>
        <source>this query cannot be searched; try fewer or simpler words</source>
        <translation>无法执行这个查询；请试试更少或更简单的词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="104"/>
        <source>the query must be text</source>
        <translation>查询必须是文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="107"/>
        <source>no %1 model is installed; install one in File → Translation Models…</source>
        <translation>没有安装 %1 的模型；请在“文件 → 翻译模型…”中安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="127"/>
        <source>malformed subtitle time at line %1: %2 (times are [hh:]mm:ss,mmm with minutes and seconds below 60)</source>
        <translation>第 %1 行的字幕时间格式不对：%2（时间应写成 [时:]分:秒,毫秒，分和秒都小于 60）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="134"/>
        <source>malformed subtitle block at line %1: %2 is not a cue number</source>
        <translation>第 %1 行的字幕块格式不对：%2 不是字幕编号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="138"/>
        <source>subtitle at line %1 ends before it starts</source>
        <translation>第 %1 行的字幕结束时间早于开始时间</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="142"/>
        <source>malformed subtitle block at line %1: no &apos;start --&gt; end&apos; time line</source>
        <translation>第 %1 行的字幕块格式不对：没有“开始 --&gt; 结束”时间行</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="148"/>
        <source>no subtitle cues with text found</source>
        <translation>没有找到带文字的字幕</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="150"/>
        <source>no subtitle cues with text found (only sound tags)</source>
        <translation>没有找到带文字的字幕（只有声音标记）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="154"/>
        <source>not a WebVTT file: the first line must be &apos;WEBVTT&apos;</source>
        <translation>不是 WebVTT 文件：第一行必须是 WEBVTT</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="159"/>
        <source>the library is locked by another program (is Talk Reader open twice?); waited for it, nothing was changed</source>
        <translation>资料库被另一个程序锁定（是不是同时打开了两次本应用？）；已经等待过，没有做任何更改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="167"/>
        <source>the library file is read-only; nothing was changed</source>
        <translation>资料库文件是只读的；没有做任何更改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="171"/>
        <source>the disk holding the library is full; free some space and try again (nothing was changed)</source>
        <translation>存放资料库的磁盘已满；请腾出空间后重试（没有做任何更改）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="178"/>
        <source>the library file is damaged or is not a Talk Reader library</source>
        <translation>资料库文件已损坏，或者不是本应用的资料库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="182"/>
        <source>the library file is damaged and cannot be read</source>
        <translation>资料库文件已损坏，无法读取</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="186"/>
        <source>the library file cannot be opened (check the folder exists and is writable)</source>
        <translation>无法打开资料库文件（请检查文件夹是否存在、能否写入）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="192"/>
        <source>the library could not be used (%1)</source>
        <translation>无法使用资料库（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="194"/>
        <source>the library was written by a newer Talk Reader (schema %1, this version knows %2); please upgrade the app</source>
        <translation>这个资料库由更新版本的本应用写入（结构版本 %1，本版本只支持到 %2）；请升级应用</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="202"/>
        <source>the library needs an upgrade to schema %1, but %2</source>
        <translation>资料库需要升级到结构版本 %1，但%2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="206"/>
        <source>the library is open read-only: %1; nothing was changed</source>
        <translation>资料库以只读方式打开：%1；没有做任何更改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="210"/>
        <source>the library file is empty and cannot be written (%1)</source>
        <translation>资料库文件是空的，而且无法写入（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="213"/>
        <source>is a directory, not a library file</source>
        <translation>是文件夹，不是资料库文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="214"/>
        <source>no library at this path</source>
        <translation>这个位置没有资料库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="216"/>
        <source>cannot create the library folder (%1)</source>
        <translation>无法创建资料库文件夹（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="219"/>
        <source>cannot read the library file (%1)</source>
        <translation>无法读取资料库文件（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="221"/>
        <source>this is a database of another program, not a Talk Reader library; it was left untouched (choose another file)</source>
        <translation>这是其他程序的数据库，不是本应用的资料库；没有改动它（请选择其他文件）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="229"/>
        <source>the library has no search index; run: talk-reader reindex</source>
        <translation>资料库没有搜索索引；请运行：talk-reader reindex</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="233"/>
        <source>the search index was built by another version of Talk Reader; run: talk-reader reindex</source>
        <translation>搜索索引是由其他版本的本应用建立的；请运行：talk-reader reindex</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="240"/>
        <source>no talk with id %1</source>
        <translation>没有编号为 %1 的演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="241"/>
        <source>no segment with id %1</source>
        <translation>没有编号为 %1 的句子</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="242"/>
        <source>no note with id %1</source>
        <translation>没有编号为 %1 的笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="244"/>
        <source>segment %1 is not in talk %2</source>
        <translation>句子 %1 不在演讲 %2 中</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="247"/>
        <source>talk %1 has no named speakers</source>
        <translation>演讲 %1 没有标出名字的说话人</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="249"/>
        <source>talk %1 has no speaker “%2” (its speakers: %3)</source>
        <translation>演讲 %1 中没有说话人“%2”（它的说话人：%3）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="252"/>
        <source>a talk&apos;s title cannot be empty</source>
        <translation>演讲标题不能为空</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="253"/>
        <source>a speaker&apos;s name cannot be empty</source>
        <translation>说话人的名字不能为空</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="255"/>
        <source>a translation cannot be empty (to let the model translate it again, clear it)</source>
        <translation>译文不能为空（想让模型重新翻译，请清除译文）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="262"/>
        <source>the note is too long (%1 characters; at most %2)</source>
        <translation>笔记太长（%1 个字符；最多 %2 个）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="266"/>
        <source>a speaker&apos;s name can have at most %1 characters</source>
        <translation>说话人的名字最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="270"/>
        <source>cannot split before the first segment: the first talk would be empty</source>
        <translation>不能在第一句之前拆分：那样第一个演讲会是空的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="277"/>
        <source>a note (id %1) spans the split point; delete or shorten it first</source>
        <translation>有一条笔记（编号 %1）跨过了拆分点；请先删除或缩短它</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="283"/>
        <source>cannot merge a talk with itself</source>
        <translation>不能把演讲和它自己合并</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="285"/>
        <source>unknown colour %1; choose one of: %2</source>
        <translation>未知的颜色 %1；可选：%2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="289"/>
        <source>segment %1 comes before segment %2 in the talk; give the range in reading order</source>
        <translation>在演讲中句子 %1 在句子 %2 之前；请按阅读顺序给出范围</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="296"/>
        <source>a sentence cannot be empty (to remove it, split or delete the talk)</source>
        <translation>句子不能为空（要去掉它，请拆分或删除演讲）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="301"/>
        <source>there is nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="302"/>
        <source>there is nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="304"/>
        <source>cannot take back “%1”: what it changed was changed again since (nothing was changed)</source>
        <translation>无法撤销“%1”：它改动的内容之后又被改过（未做任何更改）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="311"/>
        <source>is a link to nothing; not written</source>
        <translation>是指向不存在目标的链接；没有写入</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="313"/>
        <source>%1; only regular files are replaced</source>
        <translation>%1；只会替换普通文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="317"/>
        <source>is a folder; give the name of the file to write</source>
        <translation>是文件夹；请给出要写入的文件名</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="320"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="321"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="322"/>
        <source>cannot create files in this folder</source>
        <translation>无法在这个文件夹中创建文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="323"/>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="324"/>
        <source>already exists; not overwritten</source>
        <translation>已经存在；没有覆盖</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="326"/>
        <source>unknown export option %1; choose %2</source>
        <translation>未知的导出选项 %1；可选：%2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="330"/>
        <source>subtitles are exported one talk at a time; choose a single talk</source>
        <translation>字幕一次只能导出一个演讲；请只选一个演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="334"/>
        <source>talk %1 (%2) has no subtitle timings; SRT/VTT export needs a talk imported from SRT or VTT (export it as md, notes or html)</source>
        <translation>演讲 %1（%2）没有字幕时间；只有从字幕文件导入的演讲才能导出为字幕（可以改为导出文稿、笔记或网页）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="343"/>
        <source>no model is installed for %1; install them in File → Translation Models…</source>
        <translation>没有安装 %1 的模型；请在“文件 → 翻译模型…”中安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="350"/>
        <source>no installed model package called %1</source>
        <translation>没有已安装的模型包叫 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="353"/>
        <source>cannot remove the package (%1)</source>
        <translation>无法删除模型包（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="355"/>
        <source>cannot install the package (%1)</source>
        <translation>无法安装模型包（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="358"/>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="360"/>
        <source>cannot create the model folder (%1)</source>
        <translation>无法创建模型文件夹（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="363"/>
        <source>cannot unpack the package (%1)</source>
        <translation>无法解压模型包（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="365"/>
        <source>cannot create the downloads folder (%1)</source>
        <translation>无法创建下载文件夹（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="369"/>
        <source>cannot save the download of %1 (%2)</source>
        <translation>无法保存从 %1 下载的内容（%2）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="373"/>
        <source>the archive has a path outside its folder (%1)</source>
        <translation>压缩包中有指向其文件夹之外的路径（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="376"/>
        <source>the archive is empty</source>
        <translation>压缩包是空的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="378"/>
        <source>the archive has %1 entries, more than a model package has</source>
        <translation>压缩包有 %1 个条目，比模型包应有的多</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="382"/>
        <source>the archive contains a link (%1)</source>
        <translation>压缩包中含有链接（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="385"/>
        <source>the archive holds %1 twice</source>
        <translation>压缩包中 %1 出现了两次</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="387"/>
        <source>the archive unpacks to %1 GB, more than a model package can be (at most %2 GB)</source>
        <translation>压缩包解压后有 %1 GB，超过模型包的上限（最多 %2 GB）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="394"/>
        <source>%1 inflates implausibly for a model file (a zip bomb?)</source>
        <translation>%1 解压后的大小对模型文件来说不合理（可能是压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="398"/>
        <source>%1 unpacks to more than the archive claims</source>
        <translation>%1 解压后比压缩包声明的大</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="402"/>
        <source>not a model package: expected one top-level folder in the archive</source>
        <translation>不是模型包：压缩包里应当只有一个顶层文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="409"/>
        <source>not a model package: no metadata.json</source>
        <translation>不是模型包：没有 metadata.json</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="412"/>
        <source>the archive is damaged</source>
        <translation>压缩包已损坏</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="414"/>
        <source>not a model package (an .argosmodel file is a zip archive)</source>
        <translation>不是模型包（模型包文件应当是一个压缩包）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="418"/>
        <source>metadata.json: %1 must be a string</source>
        <translation>metadata.json：%1 必须是文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="422"/>
        <source>metadata.json does not describe a package</source>
        <translation>metadata.json 描述的不是模型包</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="426"/>
        <source>metadata.json names no from_code/to_code languages</source>
        <translation>metadata.json 没有写明源语言和目标语言（from_code/to_code）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="430"/>
        <source>metadata.json: %1 %2 is not a language code</source>
        <translation>metadata.json：%1 的值 %2 不是语言代码</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="434"/>
        <source>metadata.json: package_version %1 is not a version</source>
        <translation>metadata.json：package_version 的值 %1 不是版本号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="438"/>
        <source>metadata.json: type %1 is not a package type</source>
        <translation>metadata.json：type 的值 %1 不是模型包类型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="441"/>
        <source>unreadable metadata.json</source>
        <translation>无法读取 metadata.json</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="443"/>
        <source>a %1 package, not a translation model</source>
        <translation>这是 %1 类型的包，不是翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="447"/>
        <source>the package is incomplete (missing %1)</source>
        <translation>模型包不完整（缺少 %1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="451"/>
        <source>this package uses a BPE tokenizer, which Talk Reader does not support</source>
        <translation>这个模型包使用的分词方式本应用不支持</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="458"/>
        <source>the SentencePiece model does not load</source>
        <translation>无法加载分词模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="461"/>
        <source>the translation model does not load</source>
        <translation>无法加载翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="463"/>
        <source>the model cannot translate a test sentence</source>
        <translation>模型无法翻译测试句子</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="467"/>
        <source>the package does not work, nothing was installed: %1</source>
        <translation>模型包不能用，什么也没有安装：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="472"/>
        <source>not a CTranslate2 model: no %1</source>
        <translation>不是 CTranslate2 模型：缺少 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="476"/>
        <source>the model&apos;s config.json is not readable</source>
        <translation>模型的 config.json 无法读取</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="480"/>
        <source>talk-reader.json is not valid (%1)</source>
        <translation>talk-reader.json 无效（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="484"/>
        <source>the vocabulary file %1 is not readable</source>
        <translation>词表文件 %1 无法读取</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="488"/>
        <source>the model has no vocabulary file</source>
        <translation>模型没有词表文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="492"/>
        <source>the model has no tokenizer: a Marian model needs source.spm and target.spm, an NLLB or M2M-100 model sentencepiece.bpe.model</source>
        <translation>模型没有分词器：Marian 模型需要 source.spm 和 target.spm，NLLB 或 M2M-100 模型需要 sentencepiece.bpe.model</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="500"/>
        <source>the model&apos;s vocabulary has no Chinese and English language tokens</source>
        <translation>模型的词表里没有中文和英文的语言标记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="506"/>
        <source>cannot tell which direction this Marian model translates: name it like opus-mt-zh-en or add a talk-reader.json</source>
        <translation>无法判断这个 Marian 模型的翻译方向：请把它命名为 opus-mt-zh-en 这样的名字，或者添加 talk-reader.json</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="514"/>
        <source>not a model: expected a folder, a .zip or a .tar.gz archive</source>
        <translation>不是模型：应为文件夹、.zip 或 .tar.gz 压缩包</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="518"/>
        <source>a model name is letters, digits, “.”, “_” or “-” (got %1)</source>
        <translation>模型名称只能包含字母、数字、“.”、“_”或“-”（收到的是 %1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="522"/>
        <source>the model %1 is not installed or does not work</source>
        <translation>模型 %1 没有安装或不能用</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="526"/>
        <source>a CTranslate2 engine needs the name of an installed model</source>
        <translation>CTranslate2 引擎需要一个已安装模型的名称</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="530"/>
        <source>cannot reach %1; check the network connection or ARGOS_PACKAGE_INDEX</source>
        <translation>无法连接 %1；请检查网络连接或 ARGOS_PACKAGE_INDEX 设置</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="536"/>
        <source>cannot download %1 (%2)</source>
        <translation>无法下载 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="537"/>
        <source>the package index at %1 is not valid</source>
        <translation>%1 上的模型包索引无效</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="539"/>
        <source>the package index has no %1 model</source>
        <translation>模型包索引中没有 %1 的模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="543"/>
        <source>the package index gives no download link for %1</source>
        <translation>模型包索引没有给出 %1 的下载链接</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="547"/>
        <source>the download from %1 failed %2 times; try again to resume it</source>
        <translation>从 %1 下载失败了 %2 次；再试一次即可接着下载</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="551"/>
        <source>%1 gave %2, but the package index says %3; nothing was installed</source>
        <translation>%1 的大小是 %2，但模型包索引写的是 %3；什么也没有安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="558"/>
        <source>%1 does not match the SHA-256 checksum the package index gives (a damaged download?)</source>
        <translation>%1 与模型包索引给出的校验值不符（下载的文件可能已损坏）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="565"/>
        <source>the package downloaded from %1 cannot be installed: %2</source>
        <translation>从 %1 下载的模型包无法安装：%2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="574"/>
        <source>no glossary entry with id %1</source>
        <translation>没有编号为 %1 的术语表条目</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="576"/>
        <source>the glossary has no entry “%1”</source>
        <translation>术语表中没有“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="580"/>
        <source>“%1” is in the glossary more than once (%2); name the entry by its id or its language</source>
        <translation>术语表中有不止一个“%1”（%2）；请用编号或语言指明是哪一条</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="586"/>
        <source>a glossary language must be zh or en (got %1)</source>
        <translation>术语表的语言只能是 zh 或 en（收到的是 %1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="590"/>
        <source>a glossary entry translates from one language into the other (zh → en or en → zh)</source>
        <translation>术语表条目是从一种语言译成另一种语言（中文 → 英文，或英文 → 中文）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="595"/>
        <source>a glossary term cannot be empty</source>
        <translation>术语不能为空</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="597"/>
        <source>a glossary term or translation can have at most %1 characters</source>
        <translation>术语或译法最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="601"/>
        <source>a glossary note can have at most %1 characters</source>
        <translation>术语表备注最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="605"/>
        <source>the glossary already has “%1” (entry %2); edit that entry instead</source>
        <translation>术语表中已有“%1”（第 %2 条）；请改为编辑那一条</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="610"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="612"/>
        <source>unknown glossary format %1; choose %2</source>
        <translation>未知的术语表格式 %1；请选择 %2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="616"/>
        <source>the glossary file is larger than %1 MB</source>
        <translation>术语表文件超过 %1 MB</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="620"/>
        <source>cannot read the glossary file (%1)</source>
        <translation>无法读取术语表文件（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="624"/>
        <source>the glossary file is not UTF-8 text (save it as UTF-8 and try again)</source>
        <translation>术语表文件不是 UTF-8 文本（请另存为 UTF-8 后重试）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="629"/>
        <source>the file holds no glossary entries</source>
        <translation>文件中没有术语表条目</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="631"/>
        <source>line %1: “%2” is already on line %3</source>
        <translation>第 %1 行：“%2”在第 %3 行已经出现过</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="635"/>
        <source>line %1: an entry is one line (a term kept as is) or two (a term, then its translation); separate entries with a blank line</source>
        <translation>第 %1 行：每个条目占一行（保持原样的术语）或两行（术语，然后是译法）；条目之间用空行分隔</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="642"/>
        <source>line %1: not a valid table row</source>
        <translation>第 %1 行：不是有效的表格行</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="644"/>
        <source>line %1: more columns than term, translation and note (add a header row to name them)</source>
        <translation>第 %1 行：列数超过术语、译法和备注三列（请加一行表头说明各列）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="650"/>
        <source>line %1: the term is empty</source>
        <translation>第 %1 行：术语为空</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="652"/>
        <source>line %1: a term cannot span lines</source>
        <translation>第 %1 行：术语不能跨行</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="656"/>
        <source>line %1: case_sensitive must be yes or no (got %2)</source>
        <translation>第 %1 行：case_sensitive 只能是 yes 或 no（收到的是 %2）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="660"/>
        <source>line %1: %2 is not a glossary language (zh or en)</source>
        <translation>第 %1 行：%2 不是术语表语言（zh 或 en）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="669"/>
        <source>there is no engine named “%1”</source>
        <translation>没有名为“%1”的引擎</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="670"/>
        <source>there is already an engine named “%1”</source>
        <translation>已经有名为“%1”的引擎</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="672"/>
        <source>an engine name is 1 to %1 letters, digits, “.”, “_” or “-”</source>
        <translation>引擎名称由 1 到 %1 个字母、数字、“.”、“_”或“-”组成</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="676"/>
        <source>“%1” is the built-in engine&apos;s name; choose another</source>
        <translation>“%1”是内置引擎的名称，请另选一个</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="679"/>
        <source>the built-in engine cannot be removed</source>
        <translation>内置引擎不能删除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="681"/>
        <source>not a server address: %1 (expected e.g. http://localhost:5000)</source>
        <translation>不是服务器地址：%1（应当类似 http://localhost:5000）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="684"/>
        <source>unknown kind of engine: %1</source>
        <translation>未知的引擎类型：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="685"/>
        <source>an engine has no setting “%1”</source>
        <translation>引擎没有“%1”这项设置</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="687"/>
        <source>a chat engine needs the name of the model to ask (e.g. qwen2.5:7b)</source>
        <translation>对话引擎需要填写要使用的模型名称（例如 qwen2.5:7b）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="692"/>
        <source>unknown direction; use zh-en or en-zh</source>
        <translation>未知的翻译方向；请使用 zh-en 或 en-zh</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="694"/>
        <source>the prompt is longer than %1 characters</source>
        <translation>提示词超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="698"/>
        <source>the prompt is not a valid template (%1); write a literal brace twice</source>
        <translation>提示词不是有效的模板（%1）；字面的花括号要写两次</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="704"/>
        <source>the prompt has unknown fields: %1</source>
        <translation>提示词含有未知字段：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="708"/>
        <source>the prompt must contain {sentences}, where the sentences to translate go</source>
        <translation>提示词必须包含 {sentences}，用来放要翻译的句子</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="714"/>
        <source>engine “%1”: cannot connect to %2; is the server running?</source>
        <translation>引擎“%1”：无法连接 %2；服务器在运行吗？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="718"/>
        <source>engine “%1”: %2 did not answer within %3 s</source>
        <translation>引擎“%1”：%2 在 %3 秒内没有应答</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="722"/>
        <source>engine “%1”: the server refused the API key (%2)</source>
        <translation>引擎“%1”：服务器拒绝了 API 密钥（%2）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="726"/>
        <source>engine “%1”: the server keeps answering “too many requests”; try again later</source>
        <translation>引擎“%1”：服务器一直回复“请求过多”；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="732"/>
        <source>engine “%1”: the server failed (HTTP %2: %3)</source>
        <translation>引擎“%1”：服务器出错（HTTP %2：%3）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="736"/>
        <source>engine “%1”: the server refused the request (HTTP %2: %3)</source>
        <translation>引擎“%1”：服务器拒绝了请求（HTTP %2：%3）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="740"/>
        <source>engine “%1”: the server does not translate %2</source>
        <translation>引擎“%1”：服务器不支持 %2 的翻译</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="744"/>
        <source>engine “%1”: the server&apos;s answer cannot be read; is the address right?</source>
        <translation>引擎“%1”：无法读取服务器的回答；地址对吗？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="750"/>
        <source>engine “%1”: sent %2 sentences, the server answered %3; nothing of this batch was stored</source>
        <translation>引擎“%1”：发送了 %2 句，服务器回答了 %3 句；这一批没有保存任何内容</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="756"/>
        <source>engine “%1”: asked %2 times, the answers of model %3 did not match the numbered sentences; the other rows are stored</source>
        <translation>引擎“%1”：已询问 %2 次，模型 %3 的回答与编号的句子对不上；其他行已保存</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="764"/>
        <source>engine “%1”: the server has no model “%2”</source>
        <translation>引擎“%1”：服务器上没有模型“%2”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="773"/>
        <source>it is on a read-only file system</source>
        <translation>它位于只读文件系统上</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="774"/>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="775"/>
        <source>its folder is read-only</source>
        <translation>它所在的文件夹是只读的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="776"/>
        <source>its pages are damaged; export what you need or restore a backup (nothing more is written to it, so nothing more is lost)</source>
        <translation>它的数据页已损坏；请导出需要的内容或恢复备份（不会再向它写入，因此不会再丢失内容）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="786"/>
        <source>access denied (no permission)</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="790"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="791"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="792"/>
        <source>the disk quota is exceeded</source>
        <translation>超出了磁盘配额</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="793"/>
        <source>the file is too large for this disk</source>
        <translation>文件太大，这个磁盘放不下</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="794"/>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="795"/>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="796"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>路径中有一部分是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="797"/>
        <source>is a folder</source>
        <translation>是文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="798"/>
        <source>input/output error on the disk</source>
        <translation>磁盘读写出错</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="805"/>
        <source>is a device</source>
        <translation>是设备</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="806"/>
        <source>is a named pipe</source>
        <translation>是命名管道</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="807"/>
        <source>is a socket</source>
        <translation>是套接字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="808"/>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="809"/>
        <source>is a link to a device</source>
        <translation>是指向设备的链接</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="810"/>
        <source>is a link to a named pipe</source>
        <translation>是指向命名管道的链接</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="811"/>
        <source>is a link to a socket</source>
        <translation>是指向套接字的链接</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="812"/>
        <source>is a link to something that is not a regular file</source>
        <translation>是指向非普通文件的链接</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="834"/>
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
        <location filename="../../reader/gui/dialogs/correction.py" line="29"/>
        <source>Your translation is kept and never replaced by the machine. Leave it empty to have it translated again.</source>
        <translation>你的译文会被保留，机器翻译不会覆盖它。留空则重新机器翻译。</translation>
    </message>
</context>
<context>
    <name>EngineEditDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="108"/>
        <source>Edit Engine “%1”</source>
        <extracomment>The settings to save: an :class:`EngineConfig`.</extracomment>
        <translation>编辑引擎“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="110"/>
        <source>Add Chat Server</source>
        <translation>添加聊天服务器</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="110"/>
        <source>Add LibreTranslate Server</source>
        <translation>添加 LibreTranslate 服务器</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="116"/>
        <source>e.g. ollama</source>
        <translation>例如 ollama</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="124"/>
        <source>only if the server asks for one</source>
        <translation>仅在服务器要求时填写</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="126"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="127"/>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="128"/>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="129"/>
        <source>The key is stored in the library file, as typed.</source>
        <translation>密钥按原样保存在资料库文件中。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="138"/>
        <source>e.g. qwen2.5:7b</source>
        <translation>例如 qwen2.5:7b</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="139"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="144"/>
        <source>Reset to Default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="148"/>
        <source>Fields: %1. Only {sentences} is required.</source>
        <translation>可用字段：%1。只有 {sentences} 是必需的。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="160"/>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <location filename="../../reader/gui/engines.py" line="42"/>
        <source>Argos (built in)</source>
        <extracomment>A readiness answer older than this is asked again when a menu that offers engines opens. The built-in engine&apos;s name (:data:`reader.core.translate.engine_settings.ARGOS`; not imported from there, so that the reader&apos;s widgets start without the translation core).</extracomment>
        <translation>Argos（内置）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/engines.py" line="124"/>
        <source>No engines</source>
        <extracomment>True: ready; False: not ready; None: not known yet (being checked). Why it is not ready (the check&apos;s error in the UI language), for the item&apos;s tooltip. The list of engines or an engine&apos;s readiness changed.</extracomment>
        <translation>没有引擎</translation>
    </message>
    <message>
        <location filename="../../reader/gui/engines.py" line="132"/>
        <source>%1 (checking…)</source>
        <translation>%1（正在检查…）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/engines.py" line="134"/>
        <source>%1 (not ready)</source>
        <translation>%1（未就绪）</translation>
    </message>
</context>
<context>
    <name>EnginesDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="59"/>
        <source>Argos packages</source>
        <translation>Argos 模型包</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="60"/>
        <source>LibreTranslate</source>
        <translation>LibreTranslate</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="61"/>
        <source>Chat server</source>
        <translation>聊天服务器</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="68"/>
        <source>Argos Translate packages on this computer: offline and fast, the rows on screen first; glossary terms are kept through placeholders.</source>
        <translation>本机上的 Argos Translate 模型包：离线、快速，先翻译屏幕上的行；术语表中的术语通过占位符保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="73"/>
        <source>A LibreTranslate server you run: sentences sent in batches, retried when the server is busy; glossary terms are kept through placeholders.</source>
        <translation>你自己运行的 LibreTranslate 服务器：句子分批发送，服务器繁忙时会重试；术语表中的术语通过占位符保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="78"/>
        <source>An OpenAI-compatible chat server you run (Ollama, llama-server, LM Studio, vLLM): numbered sentences with their context, streamed; the glossary goes into the prompt.</source>
        <translation>你自己运行的 OpenAI 兼容聊天服务器（Ollama、llama-server、LM Studio、vLLM）：发送带上下文的编号句子，以流式返回；术语表写入提示词。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="232"/>
        <source>Translation Engines</source>
        <extracomment>A readiness check answered: engine name, :class:`Readiness` (the window&apos;s menus use it too). The engines or a direction&apos;s choice changed (an edit made here).</extracomment>
        <translation>翻译引擎</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="246"/>
        <source>Talks are translated on this computer with Argos packages, unless you choose a server you run for a direction. Rows another engine made stay as they are: use “Translate Again With” in the reader to redo them. Your own translations are never replaced.</source>
        <extracomment>The settings each engine had when it was last checked (a change asks again). An engine to select once the table shows it (one just added).</extracomment>
        <translation>演讲默认在本机用 Argos 模型包翻译，除非你为某个方向选择了自己运行的服务器。其他引擎翻译的行保持不变：要重新翻译，请在阅读区的右键菜单中使用“用其他引擎重新翻译”。你自己的译文永远不会被替换。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="256"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="256"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="256"/>
        <source>Address and model</source>
        <translation>地址和模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="256"/>
        <source>Used for</source>
        <translation>用于</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="256"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="274"/>
        <source>Add &amp;LibreTranslate…</source>
        <translation>添加 LibreTranslate(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="275"/>
        <source>Add C&amp;hat Server…</source>
        <translation>添加聊天服务器(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="276"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="277"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="278"/>
        <source>Chec&amp;k Again</source>
        <translation>重新检查(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="283"/>
        <source>Translate each direction with</source>
        <translation>各方向使用的翻译引擎</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="338"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="370"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="376"/>
        <source>Ready: %1</source>
        <translation>就绪：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="380"/>
        <source>Not ready: %1</source>
        <translation>未就绪：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="407"/>
        <source>Select an engine.</source>
        <translation>请选择一个引擎。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="424"/>
        <source>Checking engines</source>
        <translation>正在检查引擎</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reader/gui/app.py" line="376"/>
        <source>The library cannot be opened.</source>
        <extracomment>The desktop entry&apos;s name (``packaging/&lt;id&gt;.desktop``): Wayland compositors match windows to their launcher and icon by it. How long a worker thread may hold the GIL while the GUI thread waits for it. PySide releases the GIL around calls into Qt, so the GUI thread asks for it back many times per event; at Python&apos;s default 5 ms, a busy worker (storing a translation batch) turned each of those into a wait and the window stalled for hundreds of milliseconds. Start-up work nobody sees waits at most this long for the window&apos;s first talk (a talk that fails to load never says it is shown).</extracomment>
        <translation>无法打开文库。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="70"/>
        <source>Talk Reader ran out of memory.</source>
        <translation>Talk Reader 内存不足。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="74"/>
        <source>Talk Reader hit an internal error and stopped this task. Your library is safe.</source>
        <translation>Talk Reader 遇到内部错误，已停止此任务。你的文库不受影响。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="86"/>
        <source>Talk Reader</source>
        <translation>Talk Reader</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="90"/>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="170"/>
        <source>Export</source>
        <extracomment>What the preview shows at most: plain text beyond this costs the GUI thread more than a frame to lay out, and nobody reads a 2 MB preview; the exported file has everything. The HTML preview is rendered from the document&apos;s beginning only: HTML of a whole library takes the worker most of a second, and a rich-text widget lays out ~16 K chars per frame. The exported page&apos;s own colours (see ``reader.core.export.html.CSS``). the whole export&apos;s size in UTF-8 (0: not worked out, HTML cut short) The path of a finished export. A preview was shown (tests, screenshots). Where the last export went, so the next one starts there (for this session).</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="197"/>
        <source>This talk</source>
        <translation>当前演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="200"/>
        <source>No talk is open.</source>
        <translation>没有打开的演讲。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="205"/>
        <source>Chosen talks</source>
        <translation>选定的演讲</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="219"/>
        <source>The whole library (%n talk(s))</source>
        <translation>
            <numerusform>整个文库（%n 个演讲）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="225"/>
        <source>Talks</source>
        <translation>演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="236"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="236"/>
        <source>Bilingual or one language, with your notes next to their passages</source>
        <translation>双语或单一语言，笔记紧跟在所标注的段落旁</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="239"/>
        <source>Notes only (Markdown)</source>
        <translation>仅笔记（Markdown）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="240"/>
        <source>Just the highlighted passages, their translations and your notes</source>
        <translation>只导出高亮的段落、它们的译文和你的笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="242"/>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="242"/>
        <source>A self-contained, printable page, side by side</source>
        <translation>独立、可打印的网页，原文与译文并排</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="243"/>
        <source>SubRip subtitles (.srt)</source>
        <translation>SubRip 字幕（.srt）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="243"/>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="244"/>
        <source>Bilingual subtitles with the original timings</source>
        <translation>保留原始时间轴的双语字幕</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="244"/>
        <source>WebVTT subtitles (.vtt)</source>
        <translation>WebVTT 字幕（.vtt）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="249"/>
        <source>Subtitles are available for one talk imported from an SRT or VTT file, which has the timings.</source>
        <translation>字幕格式仅适用于单个从 SRT 或 VTT 文件导入的演讲（这类文件带有时间轴）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="257"/>
        <source>Interleaved</source>
        <translation>交替排列</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="258"/>
        <source>Each paragraph, then its translation</source>
        <translation>每段原文之后紧跟其译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="259"/>
        <source>Side by side</source>
        <translation>左右并排</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="261"/>
        <source>A two-column table: original and translation</source>
        <translation>两栏表格：原文与译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="265"/>
        <source>Original and translation</source>
        <translation>原文和译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="266"/>
        <source>Original only</source>
        <translation>仅原文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="267"/>
        <source>Translation only</source>
        <translation>仅译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="268"/>
        <source>Clean up speech noise</source>
        <translation>清理口语杂音</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="271"/>
        <source>Fillers, stutters and repeats removed. Off: the verbatim transcript, as imported.</source>
        <translation>去掉语气词、口吃和重复。关闭时导出导入时的逐字稿。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="277"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="280"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="282"/>
        <source>Layout:</source>
        <translation>排版：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="283"/>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="293"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="348"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="450"/>
        <source>Choose at least one talk.</source>
        <translation>请至少选择一个演讲。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="452"/>
        <source>Reading the talks…</source>
        <translation>正在读取演讲…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="478"/>
        <source>The preview could not be made.</source>
        <translation>无法生成预览。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="506"/>
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n 个演讲</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="506"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="510"/>
        <source>the preview shows the beginning</source>
        <translation>预览仅显示开头部分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="527"/>
        <source>%n passage(s) are not translated yet; their cues show the original only.</source>
        <translation>
            <numerusform>%n 个段落尚未翻译；对应的字幕只显示原文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="532"/>
        <source>%n passage(s) are not translated yet; the export marks them as such.</source>
        <translation>
            <numerusform>%n 个段落尚未翻译；导出文件中会标明。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="536"/>
        <source>%n translated passage(s) lack a term the glossary requires.</source>
        <translation>
            <numerusform>%n 段译文缺少术语表要求的术语。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="540"/>
        <source>%n cue(s) have a translation in the same language as the original; importing this file again will show them as separate cues.</source>
        <translation>
            <numerusform>%n 条字幕的译文与原文语言相同；再次导入此文件时，它们会显示为单独的字幕。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="547"/>
        <source>No highlights in these talks yet: the notes export would be empty.</source>
        <translation>这些演讲还没有高亮：仅笔记导出将是空的。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="561"/>
        <source>Reading the talks… %1 of %2</source>
        <translation>正在读取演讲… 第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="585"/>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="586"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown（*.md）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="587"/>
        <source>HTML page (*.html)</source>
        <translation>HTML 网页（*.html）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="588"/>
        <source>SubRip subtitles (*.srt)</source>
        <translation>SubRip 字幕（*.srt）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="589"/>
        <source>WebVTT subtitles (*.vtt)</source>
        <translation>WebVTT 字幕（*.vtt）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="591"/>
        <source>Export As</source>
        <translation>导出为</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="595"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="617"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="620"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="646"/>
        <source>Replace File?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="647"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="649"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="650"/>
        <source>The file in %1 will be overwritten.</source>
        <translation>%1 中的该文件将被覆盖。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="654"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="654"/>
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
        <location filename="../../reader/gui/widgets/find_bar.py" line="170"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../reader/gui/first_run.py" line="126"/>
        <source>Opening the sample talk</source>
        <extracomment>The directions the reader translates: Chinese talks into English and back. The sample&apos;s talk id once it is in the library (the window then opens it). Opening the sample failed (the message is also shown to the user). Models were installed here; the window&apos;s translation picks them up. The missing directions were (re)checked.</extracomment>
        <translation>正在打开示例演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="170"/>
        <source>Downloading translation models</source>
        <translation>正在下载翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="173"/>
        <source>Connecting to the model index…</source>
        <translation>正在连接模型列表…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="178"/>
        <source>Downloading %1 (%2 of %3)…</source>
        <translation>正在下载 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="185"/>
        <source>Install Translation Model</source>
        <translation>安装翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="187"/>
        <source>Argos Translate models (*.argosmodel *.zip)</source>
        <translation>Argos Translate 模型 (*.argosmodel *.zip)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="187"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="199"/>
        <source>Installing models</source>
        <translation>正在安装模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="200"/>
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="215"/>
        <source>Installed %1.</source>
        <translation>已安装 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="221"/>
        <source>The models could not be installed: %1</source>
        <translation>无法安装模型：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="229"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="118"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="126"/>
        <source>Terms every translation must honour: a term found in a sentence comes out as its translation, or unchanged when it has none. Sentences holding a changed term are translated again; your own translations are never replaced, only marked when they lack a term.</source>
        <translation>每条译文都必须遵守的术语：句子中出现的术语按指定译法翻译，没有译法的保持原样。含有改动过的术语的句子会重新翻译；你自己的译文永远不会被替换，缺少术语时只做标记。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="136"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="136"/>
        <source>Translation</source>
        <translation>译法</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="136"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="136"/>
        <source>Case</source>
        <translation>大小写</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="136"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="149"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="150"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="151"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="152"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="153"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="203"/>
        <source>(keep as is)</source>
        <translation>（保持原样）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="205"/>
        <source>match case</source>
        <translation>区分大小写</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/glossary.py" line="221"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="285"/>
        <source>Import Glossary</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="285"/>
        <source>Glossaries (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>术语表 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="296"/>
        <source>Imported: %1 added, %2 updated, %3 already there.</source>
        <translation>已导入：新增 %1 条，更新 %2 条，%3 条原本就有。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="308"/>
        <source>Export Glossary</source>
        <translation>导出术语表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="310"/>
        <source>CSV (*.csv);;Tab-separated (*.tsv);;Text, two lines per entry (*.txt)</source>
        <translation>CSV (*.csv);;制表符分隔 (*.tsv);;文本，每条两行 (*.txt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/glossary.py" line="319"/>
        <source>Wrote %n entries to %1</source>
        <translation>
            <numerusform>已将 %n 个条目写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryEntryDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="51"/>
        <source>Edit Glossary Entry</source>
        <translation>编辑术语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="51"/>
        <source>Add to Glossary</source>
        <translation>添加到术语表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="58"/>
        <source>empty: keep the term as it is</source>
        <translation>留空：术语保持原样</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="61"/>
        <source>From the term&apos;s script</source>
        <translation>按术语的文字判断</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="67"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="74"/>
        <source>Term:</source>
        <translation>术语：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="75"/>
        <source>Translation:</source>
        <translation>译法：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="76"/>
        <source>Found in:</source>
        <translation>出现在：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="78"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="23"/>
        <source>Import “%1”</source>
        <extracomment>(next to undo, next to redo)</extracomment>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="24"/>
        <source>Rename “%1”</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="25"/>
        <source>Split “%1”</source>
        <translation>拆分“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="26"/>
        <source>Merge into “%1”</source>
        <translation>合并到“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="27"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="28"/>
        <source>Correct “%1”</source>
        <translation>修改原文“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="29"/>
        <source>Edit Translation “%1”</source>
        <translation>修改译文“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="30"/>
        <source>Clear Translation “%1”</source>
        <translation>清除译文“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="31"/>
        <source>Add Note “%1”</source>
        <translation>添加笔记“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="32"/>
        <source>Edit Note “%1”</source>
        <translation>编辑笔记“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="33"/>
        <source>Delete Note “%1”</source>
        <translation>删除笔记“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="34"/>
        <source>Rename Speaker “%1”</source>
        <translation>重命名说话人“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="35"/>
        <source>Set Speaker “%1”</source>
        <translation>设置说话人“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="36"/>
        <source>Add “%1” to Glossary</source>
        <translation>将“%1”添加到术语表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="37"/>
        <source>Edit Glossary Entry “%1”</source>
        <translation>编辑术语“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="39"/>
        <source>Remove “%1” from Glossary</source>
        <translation>从术语表删除“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="42"/>
        <source>Import Glossary “%1”</source>
        <translation>导入术语表“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="43"/>
        <source>Add Engine “%1”</source>
        <translation>添加引擎“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="44"/>
        <source>Edit Engine “%1”</source>
        <translation>编辑引擎“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="45"/>
        <source>Remove Engine “%1”</source>
        <translation>删除引擎“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="46"/>
        <source>Use “%1” for %2</source>
        <translation>%2 使用“%1”</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <location filename="../../reader/gui/history_actions.py" line="50"/>
        <source>Undone: %1</source>
        <extracomment>A short message for the status bar: text, milliseconds to show it.</extracomment>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_actions.py" line="56"/>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_actions.py" line="68"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_actions.py" line="68"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_actions.py" line="72"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_actions.py" line="72"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../reader/gui/importing.py" line="57"/>
        <source>Import Transcripts</source>
        <extracomment>A short message for the status bar: text, milliseconds to show it. The last import&apos;s warnings, one line each in the UI language.</extracomment>
        <translation>导入文字稿</translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="60"/>
        <source>Transcripts (*.txt *.md *.srt *.vtt)</source>
        <translation>文字稿 (*.txt *.md *.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="60"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="65"/>
        <source>Import a Folder of Transcripts</source>
        <translation>导入一个文件夹中的文字稿</translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="75"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="80"/>
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="81"/>
        <source> as %n talk(s).</source>
        <translation>
            <numerusform>，共 %n 个演讲。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="83"/>
        <source>%n already in the library.</source>
        <translation>
            <numerusform>%n 个已在资料库中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="86"/>
        <source>%n file(s) that are not transcripts were skipped.</source>
        <translation>
            <numerusform>已跳过 %n 个不是文字稿的文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="88"/>
        <source>Cancelled: the files imported before are kept.</source>
        <translation>已取消：之前导入的文件会保留。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="96"/>
        <source>The whole report is kept in %1</source>
        <translation>完整报告保存在 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="102"/>
        <source>Import finished with problems</source>
        <translation>导入完成，但有问题</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="103"/>
        <location filename="../../reader/gui/importing.py" line="133"/>
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n 个文件无法导入：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="109"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="122"/>
        <source> %n warning(s) while reading: </source>
        <translation>
            <numerusform>读取时有 %n 条提示：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="125"/>
        <source>Imported %n talk(s).</source>
        <translation>
            <numerusform>已导入 %n 个演讲。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="127"/>
        <source>Already in the library.</source>
        <translation>已在文库中。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="132"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>ImportWarnings</name>
    <message>
        <location filename="../../reader/gui/error_text.py" line="877"/>
        <source>the text needed repairs to be read: %1</source>
        <translation>文本经过修复才能读取：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="878"/>
        <source>code fence never closed; read as text</source>
        <translation>代码块没有结束标记；按普通文本读取</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="879"/>
        <source>&apos;&lt;!--&apos; never closed; read as text</source>
        <translation>“&lt;!--”没有结束标记；按普通文本读取</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="880"/>
        <source>&apos;&lt;details&gt;&apos; never closed; read as text</source>
        <translation>“&lt;details&gt;”没有结束标记；按普通文本读取</translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="891"/>
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
        <location filename="../../reader/gui/widgets/library_pane.py" line="133"/>
        <source>Filter talks</source>
        <translation>筛选演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="176"/>
        <source>Sort Talks</source>
        <translation>演讲排序</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="182"/>
        <source>Library Order</source>
        <translation>资料库顺序</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="183"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="184"/>
        <source>Newest First</source>
        <translation>最新导入在前</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="185"/>
        <source>By Folder</source>
        <translation>按文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="270"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="272"/>
        <source>Merge With Next Talk</source>
        <translation>与下一个演讲合并</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="280"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/gui/main_window.py" line="101"/>
        <location filename="../../reader/gui/main_window.py" line="425"/>
        <source>Original</source>
        <extracomment>The user picked another UI language or theme in preferences. Emitted after a talk&apos;s rows are on screen (benchmarks, tests): talk id. The talk list was (re)loaded. Where every edit starts, and the one &quot;library changed&quot; signal it ends in.</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="101"/>
        <location filename="../../reader/gui/main_window.py" line="427"/>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="120"/>
        <source>Select a talk to start reading.</source>
        <translation>选择一个演讲开始阅读。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="151"/>
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="160"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="169"/>
        <source>Search library (Ctrl+K)</source>
        <translation>搜索文库 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="239"/>
        <source>&amp;Import Transcripts…</source>
        <extracomment>The open talk: loads it off the GUI thread and shows it. The library pane&apos;s list, kept on the open talk. Background translation of the open talk. The toolbar&apos;s library search and its results dock. The View menu&apos;s reading options. The translation engines and whether each is ready, for &quot;Translate Again With&quot;. Importing files and folders, and the report of how it went. Highlights and notes.</extracomment>
        <translation>导入文字稿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="242"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="247"/>
        <source>Translation &amp;Models…</source>
        <translation>翻译模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="248"/>
        <source>Translation &amp;Engines…</source>
        <translation>翻译引擎(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="250"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="252"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="253"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="255"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="260"/>
        <source>Correct &amp;Sentence…</source>
        <extracomment>Undo and Redo: runs them, names them after what they would do.</extracomment>
        <translation>修改原文(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="265"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="266"/>
        <source>&amp;Find in Talk…</source>
        <translation>在演讲中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="268"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="271"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="274"/>
        <source>&amp;Search Library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="276"/>
        <source>C&amp;orrect Translation…</source>
        <translation>修改译文(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="277"/>
        <source>&amp;Glossary…</source>
        <translation>术语表(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="279"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="282"/>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="285"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="287"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="290"/>
        <source>&amp;Both Languages</source>
        <translation>双语对照(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="297"/>
        <source>&amp;Original Only</source>
        <translation>仅原文(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="304"/>
        <source>&amp;Translation Only</source>
        <translation>仅译文(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="313"/>
        <source>&amp;Swap Sides</source>
        <translation>交换左右(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="316"/>
        <source>&amp;Clean Up Speech Noise</source>
        <translation>清理口语杂音(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="323"/>
        <source>Show &amp;Timestamps</source>
        <translation>显示时间戳(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="326"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="329"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="332"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="338"/>
        <source>&amp;Library Pane</source>
        <translation>文库面板(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="345"/>
        <source>Search &amp;Results</source>
        <translation>搜索结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="346"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="348"/>
        <source>Rename S&amp;peaker…</source>
        <translation>重命名发言人(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="350"/>
        <source>&amp;Split Before Selected Sentence</source>
        <translation>在所选句子前拆分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="351"/>
        <source>&amp;Merge With Next Talk</source>
        <translation>与下一个演讲合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="352"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="354"/>
        <source>&amp;Translate Talk</source>
        <translation>翻译演讲(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="356"/>
        <source>Sto&amp;p Translating</source>
        <translation>停止翻译(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="358"/>
        <source>&amp;About Talk Reader</source>
        <translation>关于 Talk Reader(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="359"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="363"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="372"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="382"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="390"/>
        <source>&amp;Talk</source>
        <translation>演讲(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="392"/>
        <source>Translate Talk &amp;Again With</source>
        <translation>用其他引擎重新翻译演讲(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="404"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="406"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="424"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="426"/>
        <source>Both</source>
        <translation>双语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="428"/>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="429"/>
        <source>Clean</source>
        <translation>清理</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="509"/>
        <location filename="../../reader/gui/main_window.py" line="538"/>
        <source>Click a sentence first.</source>
        <translation>请先点击一个句子。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="527"/>
        <source>Translation saved.</source>
        <translation>译文已保存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="556"/>
        <source>Sentence corrected. Undo with Ctrl+Z.</source>
        <translation>原文已修改。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="577"/>
        <source>Rename Talk</source>
        <translation>重命名演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="578"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="592"/>
        <source>This talk names no speakers.</source>
        <translation>这个演讲没有标明发言人。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="613"/>
        <source>“%1” merged into “%2”.</source>
        <translation>“%1”已并入“%2”。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="613"/>
        <source>“%1” renamed to “%2”.</source>
        <translation>“%1”已重命名为“%2”。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="621"/>
        <source>Click the sentence the new talk should start with.</source>
        <translation>请点击新演讲开头的句子。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="631"/>
        <source>Split: the rest is now a talk of its own.</source>
        <translation>已拆分：其余部分成为一个单独的演讲。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="640"/>
        <source>Split Talk</source>
        <translation>拆分演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="641"/>
        <source>Start a new talk at “%1”?</source>
        <translation>从“%1”开始新的演讲？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="643"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="644"/>
        <source>This sentence and everything after it become a talk of their own.</source>
        <translation>这一句及其后的所有内容将成为单独的演讲。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="664"/>
        <source>Merge Talks</source>
        <translation>合并演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="665"/>
        <source>Append “%1” to “%2”?</source>
        <translation>把“%1”追加到“%2”之后？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="667"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="686"/>
        <source>Talk deleted. Undo with Ctrl+Z.</source>
        <translation>演讲已删除。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="779"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="692"/>
        <source>Delete Talk</source>
        <translation>删除演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="693"/>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="695"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="697"/>
        <source>Its text, translations and notes are removed from the library. You can undo this with Ctrl+Z, also after restarting.</source>
        <translation>它的文本、译文和笔记将从资料库中删除。可以按 Ctrl+Z 撤销，重启后也可以。</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="73"/>
        <source>Translation Models</source>
        <translation>翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="78"/>
        <source>Talk Reader translates offline with Argos Translate models. Install a model for each direction you read: Chinese → English and English → Chinese.</source>
        <translation>Talk Reader 使用 Argos Translate 模型离线翻译。请为需要的每个方向安装模型：中文 → 英文，英文 → 中文。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="85"/>
        <location filename="../../reader/gui/dialogs/models.py" line="87"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="85"/>
        <location filename="../../reader/gui/dialogs/models.py" line="87"/>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="85"/>
        <location filename="../../reader/gui/dialogs/models.py" line="87"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="90"/>
        <source>Install From File…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="92"/>
        <source>Install From Folder…</source>
        <translation>从文件夹安装…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="95"/>
        <source>A converted OPUS-MT, NLLB-200 or M2M-100 model (ct2-transformers-converter output)</source>
        <translation>转换好的 OPUS-MT、NLLB-200 或 M2M-100 模型（ct2-transformers-converter 的输出）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="97"/>
        <location filename="../../reader/gui/dialogs/models.py" line="310"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="109"/>
        <source>Refresh List</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="111"/>
        <source>Download and Install</source>
        <translation>下载并安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="124"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="125"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="175"/>
        <source>%1 (update: %2)</source>
        <extracomment>Installed package path → the newer version the index offers.</extracomment>
        <translation>%1（可更新到 %2）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="186"/>
        <source>Version %1 is available: download it in the Download tab.</source>
        <translation>有新版本 %1：请在“下载”页下载。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="214"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="219"/>
        <source>A converted %1 model (CTranslate2)</source>
        <translation>转换好的 %1 模型（CTranslate2）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="231"/>
        <source>No translation models are installed yet.</source>
        <translation>尚未安装任何翻译模型。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="234"/>
        <location filename="../../reader/gui/dialogs/models.py" line="238"/>
        <source>%n model(s) installed.</source>
        <translation>
            <numerusform>已安装 %n 个模型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="235"/>
        <source> %n update(s) available in the Download tab.</source>
        <translation>
            <numerusform>有 %n 个更新，可在“下载”页下载。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="241"/>
        <source>Install Translation Model</source>
        <translation>安装翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="244"/>
        <source>Translation models (*.argosmodel *.zip *.tar.gz *.tgz)</source>
        <translation>翻译模型 (*.argosmodel *.zip *.tar.gz *.tgz)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="245"/>
        <source>Argos Translate models (*.argosmodel *.zip)</source>
        <translation>Argos Translate 模型 (*.argosmodel *.zip)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="246"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="255"/>
        <source>Install Converted Model</source>
        <translation>安装转换好的模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="265"/>
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="268"/>
        <source>Installing models</source>
        <translation>正在安装模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="275"/>
        <source>Installed %1.</source>
        <translation>已安装 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="307"/>
        <source>Remove Model</source>
        <translation>移除模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="308"/>
        <source>Remove the model %1?</source>
        <translation>移除模型 %1？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="322"/>
        <source>Fetching the list of models…</source>
        <translation>正在获取模型列表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="333"/>
        <source>%n model(s) available.</source>
        <translation>
            <numerusform>有 %n 个可用模型。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="351"/>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="311"/>
        <source>Highlight without a note</source>
        <extracomment>the passage as the reader shows it (clean or verbatim) the note&apos;s Markdown as plain text, &quot;&quot; for a plain highlight the :class:`NoteInfo` the note&apos;s Markdown rendered (the HTML export&apos;s dialect)</extracomment>
        <translation>仅高亮，无笔记</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="47"/>
        <source>Add Note</source>
        <extracomment>(colour name, Markdown text) when the user saves</extracomment>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="47"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="64"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="82"/>
        <source>Your note (optional). Markdown works: **bold**, *italic*, - lists, [links](https://…)</source>
        <translation>你的笔记（可选）。支持 Markdown：**粗体**、*斜体*、- 列表、[链接](https://…)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="90"/>
        <source>Write</source>
        <translation>编写</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="91"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="93"/>
        <source>Leave the note empty for a plain highlight. Ctrl+Enter saves.</source>
        <translation>笔记留空即为单纯高亮。按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="137"/>
        <source>Nothing written yet.</source>
        <translation>还没有写任何内容。</translation>
    </message>
</context>
<context>
    <name>NoteStyle</name>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="36"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="37"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="38"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="39"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="40"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="118"/>
        <source>Highlighted. Right-click to add a note.</source>
        <translation>已高亮。右键单击可添加笔记。</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../reader/gui/notes.py" line="111"/>
        <source>Click a sentence first (shift-click or drag to take several).</source>
        <extracomment>A short message for the status bar: text, milliseconds to show it.</extracomment>
        <translation>请先点击一个句子（按住 Shift 点击或拖选可选择多句）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="139"/>
        <location filename="../../reader/gui/notes.py" line="169"/>
        <source>Note saved.</source>
        <translation>笔记已保存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="139"/>
        <source>Highlighted.</source>
        <translation>已高亮。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="179"/>
        <source>Delete Note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="180"/>
        <source>Delete this note and its highlight?</source>
        <translation>删除这条笔记及其高亮？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="181"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="184"/>
        <source>Remove Highlight</source>
        <translation>移除高亮</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="184"/>
        <source>Remove this highlight?</source>
        <translation>移除这个高亮？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="184"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="191"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="198"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation>笔记已删除。按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="358"/>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="443"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="361"/>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="445"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="392"/>
        <source>No highlights in this talk yet.

Select sentences in the reader (click, shift-click or drag), then press Ctrl+H to highlight them or Ctrl+Shift+N to write a note.</source>
        <translation>这个演讲还没有高亮。

在阅读区选择句子（单击、按住 Shift 单击或拖选），然后按 Ctrl+H 高亮，或按 Ctrl+Shift+N 写笔记。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="396"/>
        <source>Open a talk to see its notes.</source>
        <translation>打开一个演讲以查看它的笔记。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/notes_panel.py" line="400"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 处高亮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/notes_panel.py" line="400"/>
        <source>%n with a note</source>
        <translation>
            <numerusform>%n 处有笔记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="442"/>
        <source>Show in Reader</source>
        <translation>在阅读区中显示</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="33"/>
        <source>Preferences</source>
        <extracomment>(ui language, theme) after the user pressed OK The user wants to see the translation engines.</extracomment>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="37"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="43"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="44"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="45"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="49"/>
        <source>Translate talks automatically when opened</source>
        <translation>打开演讲时自动翻译</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="51"/>
        <source>Translation &amp;Engines…</source>
        <translation>翻译引擎(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="55"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="56"/>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="58"/>
        <source>Translation:</source>
        <translation>翻译：</translation>
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
        <location filename="../../reader/gui/widgets/progress.py" line="79"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %2/%3</translation>
    </message>
</context>
<context>
    <name>ReaderModel</name>
    <message>
        <location filename="../../reader/gui/models/reader_model.py" line="119"/>
        <source>no translation model installed</source>
        <extracomment>Segment languages no model is asked to translate (see ``reader.core.translate.engine``). :class:`Cell` (display parts with segment ranges) tuple of segment ids in the row start time in ms, or None :class:`RowState` of the translation tuple of :class:`NoteMark` highlighting sentences of the row the name shown above the row where a turn starts, or None The user&apos;s own translation of a sentence corrected since: check it still fits. A translation lacking a term the glossary requires, or one the model lost and that was put back (``SegmentRow.glossary_issues`` says which). the row&apos;s sentences inside the note&apos;s passage, in reading order the passage starts in this row the passage ends in this row</extracomment>
        <translation>未安装翻译模型</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1032"/>
        <source>Right-click or double-click to rename this speaker</source>
        <extracomment>A segment id whose original text the user wants to correct (an ASR error). The selected words, to add to the glossary (&quot;Add to Glossary…&quot;). First and last row on screen, debounced; translation re-prioritises on it. Highlight a passage: first and last segment id (reading order), colour name. Write a note on a passage: first and last segment id (opens the note editor). Rename a speaker of the open talk: the name as shown (right-click or double-click on it). Translate sentences again with one engine: segment ids (reading order), engine name. The engines &quot;Translate Again With&quot; offers (set by the window; none: no such menu).</extracomment>
        <translation>右键单击或双击可重命名这位发言人</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1036"/>
        <source>Your correction (double-click to change it)</source>
        <translation>你修改过的译文（双击可再次修改）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1039"/>
        <source>Your translation, written before the sentence was corrected: check that it still fits (double-click to change it)</source>
        <translation>这是你在原句修改之前写的译文：请确认它仍然合适（双击可修改）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1046"/>
        <source>No translation model for this language is installed (File → Translation Models…)</source>
        <translation>未安装这种语言的翻译模型（文件 → 翻译模型…）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1048"/>
        <source>Not translated yet</source>
        <translation>尚未翻译</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1064"/>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1083"/>
        <source>Double-click to correct this translation</source>
        <translation>双击可修改这句译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1053"/>
        <source>Double-click to correct this sentence</source>
        <translation>双击修改这句原文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1068"/>
        <source>Translated by %1 (%2)</source>
        <translation>由 %1 翻译（%2）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1079"/>
        <source>Glossary: “%1” should be translated “%2” here</source>
        <translation>术语表：这里的“%1”应译为“%2”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1081"/>
        <source>Glossary: the model lost “%1”; “%2” was put back by translating around it</source>
        <translation>术语表：模型丢掉了“%1”；已绕开它分段翻译，把“%2”放了回去</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1241"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1248"/>
        <source>Add “%1” to Glossary…</source>
        <translation>将“%1”添加到术语表…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1252"/>
        <source>Correct Sentence…</source>
        <translation>修改原文…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1253"/>
        <source>Correct Translation…</source>
        <translation>修改译文…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1259"/>
        <source>Split Talk Before This Sentence</source>
        <translation>在此句前拆分演讲</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/reader_view.py" line="1267"/>
        <source>Translate %n Sentence(s) Again With</source>
        <translation>
            <numerusform>用其他引擎重新翻译 %n 个句子</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1272"/>
        <source>Rename Speaker “%1”…</source>
        <translation>重命名发言人“%1”…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/reader_view.py" line="1280"/>
        <source>Highlight %n Sentence(s)</source>
        <translation>
            <numerusform>高亮 %n 个句子</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1291"/>
        <source>Add Note…</source>
        <translation>添加笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1304"/>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1304"/>
        <source>Write a Note on This Highlight…</source>
        <translation>为这个高亮写笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1308"/>
        <source>Delete Note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1308"/>
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
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="49"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="53"/>
        <source>Speaker:</source>
        <translation>发言人：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="54"/>
        <source>New name:</source>
        <translation>新名字：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="78"/>
        <source>“%1” already speaks in this talk: the two speakers become one.</source>
        <translation>“%1”已在这个演讲中发言：两位发言人将合并为一位。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="81"/>
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
        <source>More than %n result(s)</source>
        <translation>
            <numerusform>超过 %n 条结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/search_panel.py" line="163"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/search_panel.py" line="165"/>
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n 个演讲</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceCorrectionDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/correction.py" line="60"/>
        <source>Correct Sentence</source>
        <extracomment>(segment id, corrected sentence)</extracomment>
        <translation>修改原文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/correction.py" line="70"/>
        <source>Search and translation follow the corrected sentence; the file&apos;s own words are kept, and Undo (Ctrl+Z) takes the correction back.</source>
        <translation>搜索和翻译将使用修改后的句子；文件中的原话会保留，按 Ctrl+Z 可撤销修改。</translation>
    </message>
</context>
<context>
    <name>TalkListModel</name>
    <message numerus="yes">
        <location filename="../../reader/gui/models/talk_list.py" line="224"/>
        <source>%n segment(s)</source>
        <extracomment>Language names in the UI language (the talk list and the reader&apos;s header). What the details line shows while a talk&apos;s counts are on their way. translated fraction 0.0–1.0 the grey second line Roles whose value depends on a talk&apos;s counts: asking for one of an uncounted row asks for its counts. by file, then as the talks follow each other in it the last imported first by the folder the file was imported from, then in library order Ids of talks whose counts a view asked for (rows painted without them). Goes up whenever a title, speakers, file or folder changes (what filters and sorts).</extracomment>
        <translation>
            <numerusform>%n 句</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkTranslationController</name>
    <message>
        <location filename="../../reader/gui/talk_translation.py" line="174"/>
        <source>Chinese</source>
        <extracomment>Translated batches shown between two freezes of the objects they leave behind. The open talk&apos;s translated and translatable counts changed: talk id, counts. A short message for the status bar: text, milliseconds to show it. The user asked to see the engine settings (from an engine&apos;s error message).</extracomment>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/talk_translation.py" line="174"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/talk_translation.py" line="178"/>
        <source>%1 sentences can&apos;t be translated: no model for %2 is installed.</source>
        <translation>%1 个句子无法翻译：没有安装 %2 的模型。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/talk_translation.py" line="181"/>
        <source>Install Models…</source>
        <translation>安装模型…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/talk_translation.py" line="186"/>
        <source>Nothing to translate again: %1 made these translations, or they are your own.</source>
        <translation>没有需要重新翻译的句子：这些译文已由 %1 翻译，或者是你自己的译文。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/talk_translation.py" line="188"/>
        <source>Translating %n sentence(s) again with %1…</source>
        <translation>
            <numerusform>正在用 %1 重新翻译 %n 个句子…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/talk_translation.py" line="195"/>
        <source>Engine Settings…</source>
        <translation>引擎设置…</translation>
    </message>
</context>
<context>
    <name>TalkViewController</name>
    <message numerus="yes">
        <location filename="../../reader/gui/talk_view.py" line="250"/>
        <source>%n segment(s)</source>
        <extracomment>The talk&apos;s rows are on screen (benchmarks, tests, start-up work wait for it): talk id. A talk (or none) is about to be shown: what was said about the previous one goes. The reader leaves this talk for another one (its translation can stop): talk id. A talk could not be read (gone meanwhile, or an error): the talk list may be stale. The open talk&apos;s translated and translatable counts are known anew: talk id, counts. How long the last talk took from the request to its rows on screen (benchmarks).</extracomment>
        <translation>
            <numerusform>%n 句</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../../reader/gui/translation.py" line="238"/>
        <source>Translating</source>
        <extracomment>{segment_id: (text, edited)} stored and ready to show a run planned its work: PlanInfo a run ended: (talk id, cancelled by the user) a &quot;translate again&quot; run planned its work: (engine name, segments it will translate) emitted from the write lane when a batch is stored; delivered queued on the GUI thread What the run under way translates.</extracomment>
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
        <location filename="../../reader/gui/widgets/welcome.py" line="120"/>
        <source>Download Models</source>
        <translation>下载模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="123"/>
        <source>Install From File…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="126"/>
        <source>Other Models…</source>
        <translation>其他模型…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="158"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="161"/>
        <source>No translation model is installed for %1. You can read and search without one; to see translations, download the models once (they work offline afterwards) or install a model file.</source>
        <translation>尚未安装 %1 的翻译模型。没有模型也可以阅读和搜索；要看到译文，请下载一次模型（之后即可离线使用），或从文件安装模型。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="94"/>
        <source>Or drop .txt, .md, .srt or .vtt files anywhere on this window.</source>
        <translation>也可以把 .txt、.md、.srt 或 .vtt 文件拖放到此窗口中。</translation>
    </message>
</context>
</TS>
