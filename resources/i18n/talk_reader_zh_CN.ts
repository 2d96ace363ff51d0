<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="17" />
        <source>Read, translate and search talk transcripts side by side, offline.</source>
        <translation>离线地并排阅读、翻译和搜索演讲文字稿。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="19" />
        <source>Translation by Argos Translate models running on CTranslate2; Chinese word search by jieba.</source>
        <translation>翻译由运行在 CTranslate2 上的 Argos Translate 模型完成；中文分词搜索由 jieba 提供。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="21" />
        <source>MIT License</source>
        <translation>MIT 许可证</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="28" />
        <source>About Talk Reader</source>
        <translation>关于 Talk Reader</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/correction.py" line="16" />
        <source>Correct Translation</source>
        <extracomment>(segment id, new text); empty text means "let the machine translate it again"</extracomment>
        <translation>修改译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/correction.py" line="25" />
        <source>Your translation is kept and never replaced by the machine. Leave it empty to have it translated again.</source>
        <translation>你的译文会被保留，机器翻译不会覆盖它。留空则重新机器翻译。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reader/gui/app.py" line="270" />
        <source>The library cannot be opened.</source>
        <extracomment>How long a worker thread may hold the GIL while the GUI thread waits for it. PySide releases the GIL around calls into Qt, so the GUI thread asks for it back many times per event; at Python's default 5 ms, a busy worker (storing a translation batch) turned each of those into a wait and the window stalled for hundreds of milliseconds.</extracomment>
        <translation>无法打开文库。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="51" />
        <source>Talk Reader ran out of memory.</source>
        <translation>Talk Reader 内存不足。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="55" />
        <source>Talk Reader hit an internal error and stopped this task. Your library is safe.</source>
        <translation>Talk Reader 遇到内部错误，已停止此任务。你的文库不受影响。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="63" />
        <source>Talk Reader</source>
        <translation>Talk Reader</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="67" />
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="49" />
        <source>Find in talk</source>
        <translation>在演讲中查找</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="57" />
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="61" />
        <source>Next match (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="65" />
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="167" />
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="169" />
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="129" />
        <source>Filter talks</source>
        <translation>筛选演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="180" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="182" />
        <source>Merge With Next Talk</source>
        <translation>与下一个演讲合并</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="189" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/gui/main_window.py" line="90" />
        <location filename="../../reader/gui/main_window.py" line="285" />
        <source>Original</source>
        <extracomment>The user picked another UI language or theme in preferences. Emitted after a talk's rows are on screen (benchmarks, tests): talk id. The talk list was (re)loaded.</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="90" />
        <location filename="../../reader/gui/main_window.py" line="286" />
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="111" />
        <source>Select a talk to start reading.</source>
        <translation>选择一个演讲开始阅读。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="142" />
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="152" />
        <source>Search library (Ctrl+K)</source>
        <translation>搜索文库 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="180" />
        <source>&amp;Import Transcripts…</source>
        <translation>导入文字稿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="181" />
        <source>Translation &amp;Models…</source>
        <translation>翻译模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="182" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="184" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="185" />
        <location filename="../../reader/gui/main_window.py" line="728" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="188" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="189" />
        <source>&amp;Find in Talk…</source>
        <translation>在演讲中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="190" />
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="192" />
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="195" />
        <source>&amp;Search Library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="197" />
        <source>C&amp;orrect Translation…</source>
        <translation>修改译文(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="199" />
        <source>&amp;Both Languages</source>
        <translation>双语对照(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="201" />
        <source>&amp;Original Only</source>
        <translation>仅原文(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="204" />
        <source>&amp;Translation Only</source>
        <translation>仅译文(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="208" />
        <source>&amp;Swap Sides</source>
        <translation>交换左右(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="209" />
        <source>&amp;Clean Up Speech Noise</source>
        <translation>清理口语杂音(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="211" />
        <source>Show &amp;Timestamps</source>
        <translation>显示时间戳(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="213" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="215" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="217" />
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="219" />
        <source>&amp;Library Pane</source>
        <translation>文库面板(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="222" />
        <source>Search &amp;Results</source>
        <translation>搜索结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="223" />
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="224" />
        <source>&amp;Split Before Selected Sentence</source>
        <translation>在所选句子前拆分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="226" />
        <source>&amp;Merge With Next Talk</source>
        <translation>与下一个演讲合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="228" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="229" />
        <source>&amp;Translate Talk</source>
        <translation>翻译演讲(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="231" />
        <source>Sto&amp;p Translating</source>
        <translation>停止翻译(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="233" />
        <source>&amp;About Talk Reader</source>
        <translation>关于 Talk Reader(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="234" />
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="238" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="245" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="253" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="261" />
        <source>&amp;Talk</source>
        <translation>演讲(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="267" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="269" />
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="285" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="286" />
        <source>Both</source>
        <translation>双语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="287" />
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="287" />
        <source>Clean</source>
        <translation>清理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/main_window.py" line="440" />
        <source>%n segment(s)</source>
        <translation><numerusform>%n 句</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="478" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="478" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="482" />
        <source>%1 sentences can't be translated: no model for %2 is installed.</source>
        <translation>%1 个句子无法翻译：没有安装 %2 的模型。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="484" />
        <source>Install Models…</source>
        <translation>安装模型…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="571" />
        <source>Click a sentence first.</source>
        <translation>请先点击一个句子。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="599" />
        <source>Translation saved.</source>
        <translation>译文已保存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="631" />
        <source>Rename Talk</source>
        <translation>重命名演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="632" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="650" />
        <source>Click the sentence the new talk should start with.</source>
        <translation>请点击新演讲开头的句子。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="663" />
        <source>Split: the rest is now a talk of its own.</source>
        <translation>已拆分：其余部分成为一个单独的演讲。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="685" />
        <source>Merge Talks</source>
        <translation>合并演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="686" />
        <source>Append “%1” to “%2”?</source>
        <translation>把“%1”追加到“%2”之后？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="687" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="714" />
        <source>Talk deleted. Undo with Ctrl+Z.</source>
        <translation>演讲已删除。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="720" />
        <source>Its text, translations and notes are removed from the library. You can undo this until you quit.</source>
        <translation>它的文本、译文和笔记将从文库中移除。退出程序之前都可以撤销。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="728" />
        <source>&amp;Undo Delete “%1”</source>
        <translation>撤销删除“%1”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="739" />
        <source>Talk restored.</source>
        <translation>演讲已恢复。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="718" />
        <source>Delete Talk</source>
        <translation>删除演讲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="718" />
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="719" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="745" />
        <source>Import Transcripts</source>
        <translation>导入文字稿</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="748" />
        <source>Transcripts (*.txt *.md *.srt *.vtt)</source>
        <translation>文字稿 (*.txt *.md *.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="748" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="771" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/main_window.py" line="781" />
        <source>Imported %n talk(s).</source>
        <translation><numerusform>已导入 %n 个演讲。</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="783" />
        <source>Already in the library.</source>
        <translation>已在文库中。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="787" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/main_window.py" line="788" />
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>%n 个文件无法导入：</numerusform></translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="45" />
        <source>Translation Models</source>
        <translation>翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="50" />
        <source>Talk Reader translates offline with Argos Translate models. Install a model for each direction you read: Chinese → English and English → Chinese.</source>
        <translation>Talk Reader 使用 Argos Translate 模型离线翻译。请为需要的每个方向安装模型：中文 → 英文，英文 → 中文。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="57" />
        <location filename="../../reader/gui/dialogs/models.py" line="59" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="57" />
        <location filename="../../reader/gui/dialogs/models.py" line="59" />
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="57" />
        <location filename="../../reader/gui/dialogs/models.py" line="59" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="62" />
        <source>Install From File…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="64" />
        <location filename="../../reader/gui/dialogs/models.py" line="212" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="75" />
        <source>Refresh List</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="77" />
        <source>Download and Install</source>
        <translation>下载并安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="90" />
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="91" />
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="153" />
        <source>No translation models are installed yet.</source>
        <translation>尚未安装任何翻译模型。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="155" />
        <source>%n model(s) installed.</source>
        <translation><numerusform>已安装 %n 个模型。</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="158" />
        <source>Install Translation Model</source>
        <translation>安装翻译模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="159" />
        <source>Argos Translate models (*.argosmodel *.zip)</source>
        <translation>Argos Translate 模型 (*.argosmodel *.zip)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="159" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="176" />
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="179" />
        <source>Installing models</source>
        <translation>正在安装模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="186" />
        <source>Installed %1.</source>
        <translation>已安装 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="211" />
        <source>Remove Model</source>
        <translation>移除模型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="211" />
        <source>Remove the model %1?</source>
        <translation>移除模型 %1？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="222" />
        <source>Fetching the list of models…</source>
        <translation>正在获取模型列表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="233" />
        <source>%n model(s) available.</source>
        <translation><numerusform>有 %n 个可用模型。</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="250" />
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="18" />
        <source>Preferences</source>
        <extracomment>(ui language, theme) after the user pressed OK</extracomment>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="22" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="27" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="27" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="28" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="31" />
        <source>Translate talks automatically when opened</source>
        <translation>打开演讲时自动翻译</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="34" />
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="35" />
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <location filename="../../reader/gui/widgets/progress.py" line="31" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/progress.py" line="78" />
        <source>%1 %2 of %3</source>
        <translation>%1 %2/%3</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="685" />
        <source>Your correction (double-click to change it)</source>
        <extracomment>First and last row on screen, debounced; translation re-prioritises on it.</extracomment>
        <translation>你修改过的译文（双击可再次修改）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="687" />
        <source>Not translated yet</source>
        <translation>尚未翻译</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="689" />
        <source>Double-click to correct this translation</source>
        <translation>双击可修改这句译文</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="782" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="786" />
        <source>Correct Translation…</source>
        <translation>修改译文…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="788" />
        <source>Split Talk Before This Sentence</source>
        <translation>在此句前拆分演讲</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="104" />
        <source>Searching for “%1”…</source>
        <translation>正在搜索“%1”…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="112" />
        <source>No results for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/search_panel.py" line="115" />
        <source>%n result(s)</source>
        <translation><numerusform>%n 个结果</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/search_panel.py" line="115" />
        <source>%n talk(s)</source>
        <translation><numerusform>%n 个演讲</numerusform></translation>
    </message>
</context>
<context>
    <name>TalkListModel</name>
    <message numerus="yes">
        <location filename="../../reader/gui/models/talk_list.py" line="62" />
        <source>%n segment(s)</source>
        <extracomment>translated fraction 0.0–1.0 the grey second line</extracomment>
        <translation><numerusform>%n 句</numerusform></translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../../reader/gui/translation.py" line="188" />
        <source>Translating</source>
        <extracomment>{segment_id: (text, edited)} stored and ready to show a run planned its work: PlanInfo a run ended: (talk id, cancelled by the user) emitted from the write lane when a batch is stored; delivered queued on the GUI thread</extracomment>
        <translation>正在翻译</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="17" />
        <source>Welcome to Talk Reader</source>
        <translation>欢迎使用 Talk Reader</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="26" />
        <source>Read talk transcripts side by side with their translation, clean up speech recognition noise, and search everything you have read.</source>
        <translation>将演讲文字稿与译文并排阅读，清理语音识别杂音，并搜索你读过的一切。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="35" />
        <source>Import Transcripts…</source>
        <translation>导入文字稿…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="41" />
        <source>Install Translation Models…</source>
        <translation>安装翻译模型…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="46" />
        <source>Or drop .txt, .md, .srt or .vtt files anywhere on this window.</source>
        <translation>也可以把 .txt、.md、.srt 或 .vtt 文件拖放到此窗口中。</translation>
    </message>
</context>
</TS>