<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="30"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="54"/>
        <source>cannot list the models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="67"/>
        <source>none installed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="72"/>
        <source>Read, translate and search talk transcripts side by side, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="74"/>
        <source>Translation by Argos Translate models running on CTranslate2; Chinese word search by jieba.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="80"/>
        <source>Translation models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="85"/>
        <source>MIT License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/about.py" line="100"/>
        <source>About Talk Reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../../reader/gui/error_text.py" line="34"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="35"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="36"/>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="38"/>
        <source>is not a regular file (a folder, pipe or device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="42"/>
        <source>file is %1; transcripts over %2 MB are refused (split the file first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="47"/>
        <source>file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="48"/>
        <source>file looks binary, not a text transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="50"/>
        <source>this is %1, not a text transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="54"/>
        <source>the bytes are not valid %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="58"/>
        <source>cannot tell the text encoding (not UTF-8, UTF-16, GB18030, Big5 or another known one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="63"/>
        <source>the file holds no text to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="66"/>
        <source>there is nothing to search for: type a word or a phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="70"/>
        <source>add a word to search for: a query cannot only exclude words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="74"/>
        <source>filters cannot be excluded: remove the minus before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="78"/>
        <source>speaker: needs a name, e.g. speaker:赵老师 or speaker:&quot;Speaker 3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="84"/>
        <source>talk: needs a talk number, e.g. talk:12 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="87"/>
        <source>lang: must be zh or en (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="89"/>
        <source>in: must be original, translation or notes (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="93"/>
        <source>the query is too long (%1 characters; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="97"/>
        <source>the query has too many words (%1; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="101"/>
        <source>this query cannot be searched; try fewer or simpler words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="104"/>
        <source>the query must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="107"/>
        <source>no %1 model is installed; install one in File → Translation Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="127"/>
        <source>malformed subtitle time at line %1: %2 (times are [hh:]mm:ss,mmm with minutes and seconds below 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="134"/>
        <source>malformed subtitle block at line %1: %2 is not a cue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="138"/>
        <source>subtitle at line %1 ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="142"/>
        <source>malformed subtitle block at line %1: no &apos;start --&gt; end&apos; time line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="148"/>
        <source>no subtitle cues with text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="150"/>
        <source>no subtitle cues with text found (only sound tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="154"/>
        <source>not a WebVTT file: the first line must be &apos;WEBVTT&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="159"/>
        <source>the library is locked by another program (is Talk Reader open twice?); waited for it, nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="167"/>
        <source>the library file is read-only; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="171"/>
        <source>the disk holding the library is full; free some space and try again (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="178"/>
        <source>the library file is damaged or is not a Talk Reader library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="182"/>
        <source>the library file is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="186"/>
        <source>the library file cannot be opened (check the folder exists and is writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="192"/>
        <source>the library could not be used (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="194"/>
        <source>the library was written by a newer Talk Reader (schema %1, this version knows %2); please upgrade the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="202"/>
        <source>the library needs an upgrade to schema %1, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="206"/>
        <source>the library is open read-only: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="210"/>
        <source>the library file is empty and cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="213"/>
        <source>is a directory, not a library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="214"/>
        <source>no library at this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="216"/>
        <source>cannot create the library folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="219"/>
        <source>cannot read the library file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="221"/>
        <source>this is a database of another program, not a Talk Reader library; it was left untouched (choose another file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="229"/>
        <source>the library has no search index; run: talk-reader reindex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="233"/>
        <source>the search index was built by another version of Talk Reader; run: talk-reader reindex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="240"/>
        <source>no talk with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="241"/>
        <source>no segment with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="242"/>
        <source>no note with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="244"/>
        <source>segment %1 is not in talk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="247"/>
        <source>talk %1 has no named speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="249"/>
        <source>talk %1 has no speaker “%2” (its speakers: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="252"/>
        <source>a talk&apos;s title cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="253"/>
        <source>a speaker&apos;s name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="255"/>
        <source>a translation cannot be empty (to let the model translate it again, clear it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="262"/>
        <source>the note is too long (%1 characters; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="266"/>
        <source>a speaker&apos;s name can have at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="270"/>
        <source>cannot split before the first segment: the first talk would be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="277"/>
        <source>a note (id %1) spans the split point; delete or shorten it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="283"/>
        <source>cannot merge a talk with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="285"/>
        <source>unknown colour %1; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="289"/>
        <source>segment %1 comes before segment %2 in the talk; give the range in reading order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="296"/>
        <source>a sentence cannot be empty (to remove it, split or delete the talk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="301"/>
        <source>there is nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="302"/>
        <source>there is nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="304"/>
        <source>cannot take back “%1”: what it changed was changed again since (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="311"/>
        <source>is a link to nothing; not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="313"/>
        <source>%1; only regular files are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="317"/>
        <source>is a folder; give the name of the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="320"/>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="321"/>
        <source>%1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="322"/>
        <source>cannot create files in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="323"/>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="324"/>
        <source>already exists; not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="326"/>
        <source>unknown export option %1; choose %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="330"/>
        <source>subtitles are exported one talk at a time; choose a single talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="334"/>
        <source>talk %1 (%2) has no subtitle timings; SRT/VTT export needs a talk imported from SRT or VTT (export it as md, notes or html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="343"/>
        <source>no model is installed for %1; install them in File → Translation Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="350"/>
        <source>no installed model package called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="353"/>
        <source>cannot remove the package (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="355"/>
        <source>cannot install the package (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="358"/>
        <source>cannot read the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="360"/>
        <source>cannot create the model folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="363"/>
        <source>cannot unpack the package (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="365"/>
        <source>cannot create the downloads folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="369"/>
        <source>cannot save the download of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="373"/>
        <source>the archive has a path outside its folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="376"/>
        <source>the archive is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="378"/>
        <source>the archive has %1 entries, more than a model package has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="382"/>
        <source>the archive contains a link (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="385"/>
        <source>the archive holds %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="387"/>
        <source>the archive unpacks to %1 GB, more than a model package can be (at most %2 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="394"/>
        <source>%1 inflates implausibly for a model file (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="398"/>
        <source>%1 unpacks to more than the archive claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="402"/>
        <source>not a model package: expected one top-level folder in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="409"/>
        <source>not a model package: no metadata.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="412"/>
        <source>the archive is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="414"/>
        <source>not a model package (an .argosmodel file is a zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="418"/>
        <source>metadata.json: %1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="422"/>
        <source>metadata.json does not describe a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="426"/>
        <source>metadata.json names no from_code/to_code languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="430"/>
        <source>metadata.json: %1 %2 is not a language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="434"/>
        <source>metadata.json: package_version %1 is not a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="438"/>
        <source>metadata.json: type %1 is not a package type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="441"/>
        <source>unreadable metadata.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="443"/>
        <source>a %1 package, not a translation model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="447"/>
        <source>the package is incomplete (missing %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="451"/>
        <source>this package uses a BPE tokenizer, which Talk Reader does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="458"/>
        <source>the SentencePiece model does not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="461"/>
        <source>the translation model does not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="463"/>
        <source>the model cannot translate a test sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="467"/>
        <source>the package does not work, nothing was installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="472"/>
        <source>not a CTranslate2 model: no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="476"/>
        <source>the model&apos;s config.json is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="480"/>
        <source>talk-reader.json is not valid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="484"/>
        <source>the vocabulary file %1 is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="488"/>
        <source>the model has no vocabulary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="492"/>
        <source>the model has no tokenizer: a Marian model needs source.spm and target.spm, an NLLB or M2M-100 model sentencepiece.bpe.model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="500"/>
        <source>the model&apos;s vocabulary has no Chinese and English language tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="506"/>
        <source>cannot tell which direction this Marian model translates: name it like opus-mt-zh-en or add a talk-reader.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="514"/>
        <source>not a model: expected a folder, a .zip or a .tar.gz archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="518"/>
        <source>a model name is letters, digits, “.”, “_” or “-” (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="522"/>
        <source>the model %1 is not installed or does not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="526"/>
        <source>a CTranslate2 engine needs the name of an installed model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="530"/>
        <source>cannot reach %1; check the network connection or ARGOS_PACKAGE_INDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="536"/>
        <source>cannot download %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="537"/>
        <source>the package index at %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="539"/>
        <source>the package index has no %1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="543"/>
        <source>the package index gives no download link for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="547"/>
        <source>the download from %1 failed %2 times; try again to resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="551"/>
        <source>%1 gave %2, but the package index says %3; nothing was installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="558"/>
        <source>%1 does not match the SHA-256 checksum the package index gives (a damaged download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="565"/>
        <source>the package downloaded from %1 cannot be installed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="574"/>
        <source>no glossary entry with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="576"/>
        <source>the glossary has no entry “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="580"/>
        <source>“%1” is in the glossary more than once (%2); name the entry by its id or its language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="586"/>
        <source>a glossary language must be zh or en (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="590"/>
        <source>a glossary entry translates from one language into the other (zh → en or en → zh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="595"/>
        <source>a glossary term cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="597"/>
        <source>a glossary term or translation can have at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="601"/>
        <source>a glossary note can have at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="605"/>
        <source>the glossary already has “%1” (entry %2); edit that entry instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="610"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="612"/>
        <source>unknown glossary format %1; choose %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="616"/>
        <source>the glossary file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="620"/>
        <source>cannot read the glossary file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="624"/>
        <source>the glossary file is not UTF-8 text (save it as UTF-8 and try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="629"/>
        <source>the file holds no glossary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="631"/>
        <source>line %1: “%2” is already on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="635"/>
        <source>line %1: an entry is one line (a term kept as is) or two (a term, then its translation); separate entries with a blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="642"/>
        <source>line %1: not a valid table row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="644"/>
        <source>line %1: more columns than term, translation and note (add a header row to name them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="650"/>
        <source>line %1: the term is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="652"/>
        <source>line %1: a term cannot span lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="656"/>
        <source>line %1: case_sensitive must be yes or no (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="660"/>
        <source>line %1: %2 is not a glossary language (zh or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="669"/>
        <source>there is no engine named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="670"/>
        <source>there is already an engine named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="672"/>
        <source>an engine name is 1 to %1 letters, digits, “.”, “_” or “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="676"/>
        <source>“%1” is the built-in engine&apos;s name; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="679"/>
        <source>the built-in engine cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="681"/>
        <source>not a server address: %1 (expected e.g. http://localhost:5000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="684"/>
        <source>unknown kind of engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="685"/>
        <source>an engine has no setting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="687"/>
        <source>a chat engine needs the name of the model to ask (e.g. qwen2.5:7b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="692"/>
        <source>unknown direction; use zh-en or en-zh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="694"/>
        <source>the prompt is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="698"/>
        <source>the prompt is not a valid template (%1); write a literal brace twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="704"/>
        <source>the prompt has unknown fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="708"/>
        <source>the prompt must contain {sentences}, where the sentences to translate go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="714"/>
        <source>engine “%1”: cannot connect to %2; is the server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="718"/>
        <source>engine “%1”: %2 did not answer within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="722"/>
        <source>engine “%1”: the server refused the API key (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="726"/>
        <source>engine “%1”: the server keeps answering “too many requests”; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="732"/>
        <source>engine “%1”: the server failed (HTTP %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="736"/>
        <source>engine “%1”: the server refused the request (HTTP %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="740"/>
        <source>engine “%1”: the server does not translate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="744"/>
        <source>engine “%1”: the server&apos;s answer cannot be read; is the address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="750"/>
        <source>engine “%1”: sent %2 sentences, the server answered %3; nothing of this batch was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="756"/>
        <source>engine “%1”: asked %2 times, the answers of model %3 did not match the numbered sentences; the other rows are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="764"/>
        <source>engine “%1”: the server has no model “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="773"/>
        <source>it is on a read-only file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="774"/>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="775"/>
        <source>its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="776"/>
        <source>its pages are damaged; export what you need or restore a backup (nothing more is written to it, so nothing more is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="786"/>
        <source>access denied (no permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="790"/>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="791"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="792"/>
        <source>the disk quota is exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="793"/>
        <source>the file is too large for this disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="794"/>
        <source>the file name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="795"/>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="796"/>
        <source>a part of the path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="797"/>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="798"/>
        <source>input/output error on the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="805"/>
        <source>is a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="806"/>
        <source>is a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="807"/>
        <source>is a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="808"/>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="809"/>
        <source>is a link to a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="810"/>
        <source>is a link to a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="811"/>
        <source>is a link to a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="812"/>
        <source>is a link to something that is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="834"/>
        <source>, </source>
        <extracomment>Parameters whose value picks a variant sentence (``model.os-error/remove``). Parameters computed from others rather than taken as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/correction.py" line="18"/>
        <source>Correct Translation</source>
        <extracomment>(segment id, new text); empty text means &quot;let the machine translate it again&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/correction.py" line="29"/>
        <source>Your translation is kept and never replaced by the machine. Leave it empty to have it translated again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineEditDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="108"/>
        <source>Edit Engine “%1”</source>
        <extracomment>The settings to save: an :class:`EngineConfig`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="110"/>
        <source>Add Chat Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="110"/>
        <source>Add LibreTranslate Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="116"/>
        <source>e.g. ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="124"/>
        <source>only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="126"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="127"/>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="128"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="129"/>
        <source>The key is stored in the library file, as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="138"/>
        <source>e.g. qwen2.5:7b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="139"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="144"/>
        <source>Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="148"/>
        <source>Fields: %1. Only {sentences} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="160"/>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <location filename="../../reader/gui/engines.py" line="42"/>
        <source>Argos (built in)</source>
        <extracomment>A readiness answer older than this is asked again when a menu that offers engines opens. The built-in engine&apos;s name (:data:`reader.core.translate.engine_settings.ARGOS`; not imported from there, so that the reader&apos;s widgets start without the translation core).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/engines.py" line="124"/>
        <source>No engines</source>
        <extracomment>True: ready; False: not ready; None: not known yet (being checked). Why it is not ready (the check&apos;s error in the UI language), for the item&apos;s tooltip. The list of engines or an engine&apos;s readiness changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/engines.py" line="132"/>
        <source>%1 (checking…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/engines.py" line="134"/>
        <source>%1 (not ready)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnginesDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="59"/>
        <source>Argos packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="60"/>
        <source>LibreTranslate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="61"/>
        <source>Chat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="68"/>
        <source>Argos Translate packages on this computer: offline and fast, the rows on screen first; glossary terms are kept through placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="73"/>
        <source>A LibreTranslate server you run: sentences sent in batches, retried when the server is busy; glossary terms are kept through placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="78"/>
        <source>An OpenAI-compatible chat server you run (Ollama, llama-server, LM Studio, vLLM): numbered sentences with their context, streamed; the glossary goes into the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="232"/>
        <source>Translation Engines</source>
        <extracomment>A readiness check answered: engine name, :class:`Readiness` (the window&apos;s menus use it too). The engines or a direction&apos;s choice changed (an edit made here).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="246"/>
        <source>Talks are translated on this computer with Argos packages, unless you choose a server you run for a direction. Rows another engine made stay as they are: use “Translate Again With” in the reader to redo them. Your own translations are never replaced.</source>
        <extracomment>The settings each engine had when it was last checked (a change asks again). An engine to select once the table shows it (one just added).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="256"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="256"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="256"/>
        <source>Address and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="256"/>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="256"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="274"/>
        <source>Add &amp;LibreTranslate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="275"/>
        <source>Add C&amp;hat Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="276"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="277"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="278"/>
        <source>Chec&amp;k Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="283"/>
        <source>Translate each direction with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="338"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="370"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="376"/>
        <source>Ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="380"/>
        <source>Not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="407"/>
        <source>Select an engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/engines.py" line="424"/>
        <source>Checking engines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reader/gui/app.py" line="376"/>
        <source>The library cannot be opened.</source>
        <extracomment>The desktop entry&apos;s name (``packaging/&lt;id&gt;.desktop``): Wayland compositors match windows to their launcher and icon by it. How long a worker thread may hold the GIL while the GUI thread waits for it. PySide releases the GIL around calls into Qt, so the GUI thread asks for it back many times per event; at Python&apos;s default 5 ms, a busy worker (storing a translation batch) turned each of those into a wait and the window stalled for hundreds of milliseconds. Start-up work nobody sees waits at most this long for the window&apos;s first talk (a talk that fails to load never says it is shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="70"/>
        <source>Talk Reader ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="74"/>
        <source>Talk Reader hit an internal error and stopped this task. Your library is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="86"/>
        <source>Talk Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/errors.py" line="90"/>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="170"/>
        <source>Export</source>
        <extracomment>What the preview shows at most: plain text beyond this costs the GUI thread more than a frame to lay out, and nobody reads a 2 MB preview; the exported file has everything. The HTML preview is rendered from the document&apos;s beginning only: HTML of a whole library takes the worker most of a second, and a rich-text widget lays out ~16 K chars per frame. The exported page&apos;s own colours (see ``reader.core.export.html.CSS``). the whole export&apos;s size in UTF-8 (0: not worked out, HTML cut short) The path of a finished export. A preview was shown (tests, screenshots). Where the last export went, so the next one starts there (for this session).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="197"/>
        <source>This talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="200"/>
        <source>No talk is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="205"/>
        <source>Chosen talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="219"/>
        <source>The whole library (%n talk(s))</source>
        <translation>
            <numerusform>The whole library (%n talk)</numerusform>
            <numerusform>The whole library (%n talks)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="225"/>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="236"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="236"/>
        <source>Bilingual or one language, with your notes next to their passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="239"/>
        <source>Notes only (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="240"/>
        <source>Just the highlighted passages, their translations and your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="242"/>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="242"/>
        <source>A self-contained, printable page, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="243"/>
        <source>SubRip subtitles (.srt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="243"/>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="244"/>
        <source>Bilingual subtitles with the original timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="244"/>
        <source>WebVTT subtitles (.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="249"/>
        <source>Subtitles are available for one talk imported from an SRT or VTT file, which has the timings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="257"/>
        <source>Interleaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="258"/>
        <source>Each paragraph, then its translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="259"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="261"/>
        <source>A two-column table: original and translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="265"/>
        <source>Original and translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="266"/>
        <source>Original only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="267"/>
        <source>Translation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="268"/>
        <source>Clean up speech noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="271"/>
        <source>Fillers, stutters and repeats removed. Off: the verbatim transcript, as imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="277"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="280"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="282"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="283"/>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="293"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="348"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="450"/>
        <source>Choose at least one talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="452"/>
        <source>Reading the talks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="478"/>
        <source>The preview could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="506"/>
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n talk</numerusform>
            <numerusform>%n talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="506"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="510"/>
        <source>the preview shows the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="527"/>
        <source>%n passage(s) are not translated yet; their cues show the original only.</source>
        <translation>
            <numerusform>%n passage is not translated yet; its cue shows the original only.</numerusform>
            <numerusform>%n passages are not translated yet; their cues show the original only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="532"/>
        <source>%n passage(s) are not translated yet; the export marks them as such.</source>
        <translation>
            <numerusform>%n passage is not translated yet; the export marks it as such.</numerusform>
            <numerusform>%n passages are not translated yet; the export marks them as such.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="536"/>
        <source>%n translated passage(s) lack a term the glossary requires.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="540"/>
        <source>%n cue(s) have a translation in the same language as the original; importing this file again will show them as separate cues.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="547"/>
        <source>No highlights in these talks yet: the notes export would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="561"/>
        <source>Reading the talks… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="585"/>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="586"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="587"/>
        <source>HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="588"/>
        <source>SubRip subtitles (*.srt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="589"/>
        <source>WebVTT subtitles (*.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="591"/>
        <source>Export As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="595"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="617"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="620"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="646"/>
        <source>Replace File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="647"/>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="649"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="650"/>
        <source>The file in %1 will be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="654"/>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="654"/>
        <source>The export could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="49"/>
        <source>Find in talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="57"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="61"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="65"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="167"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="170"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../reader/gui/first_run.py" line="126"/>
        <source>Opening the sample talk</source>
        <extracomment>The directions the reader translates: Chinese talks into English and back. The sample&apos;s talk id once it is in the library (the window then opens it). Opening the sample failed (the message is also shown to the user). Models were installed here; the window&apos;s translation picks them up. The missing directions were (re)checked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="170"/>
        <source>Downloading translation models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="173"/>
        <source>Connecting to the model index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="178"/>
        <source>Downloading %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="185"/>
        <source>Install Translation Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="187"/>
        <source>Argos Translate models (*.argosmodel *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="187"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="199"/>
        <source>Installing models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="200"/>
        <source>Installing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="215"/>
        <source>Installed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="221"/>
        <source>The models could not be installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/first_run.py" line="229"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="118"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="126"/>
        <source>Terms every translation must honour: a term found in a sentence comes out as its translation, or unchanged when it has none. Sentences holding a changed term are translated again; your own translations are never replaced, only marked when they lack a term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="136"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="136"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="136"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="136"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="136"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="149"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="150"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="151"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="152"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="153"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="203"/>
        <source>(keep as is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="205"/>
        <source>match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/glossary.py" line="221"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="285"/>
        <source>Import Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="285"/>
        <source>Glossaries (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="296"/>
        <source>Imported: %1 added, %2 updated, %3 already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="308"/>
        <source>Export Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="310"/>
        <source>CSV (*.csv);;Tab-separated (*.tsv);;Text, two lines per entry (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/glossary.py" line="319"/>
        <source>Wrote %n entries to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryEntryDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="51"/>
        <source>Edit Glossary Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="51"/>
        <source>Add to Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="58"/>
        <source>empty: keep the term as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="61"/>
        <source>From the term&apos;s script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="67"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="74"/>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="75"/>
        <source>Translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="76"/>
        <source>Found in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/glossary.py" line="78"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="23"/>
        <source>Import “%1”</source>
        <extracomment>(next to undo, next to redo)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="24"/>
        <source>Rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="25"/>
        <source>Split “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="26"/>
        <source>Merge into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="27"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="28"/>
        <source>Correct “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="29"/>
        <source>Edit Translation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="30"/>
        <source>Clear Translation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="31"/>
        <source>Add Note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="32"/>
        <source>Edit Note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="33"/>
        <source>Delete Note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="34"/>
        <source>Rename Speaker “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="35"/>
        <source>Set Speaker “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="36"/>
        <source>Add “%1” to Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="37"/>
        <source>Edit Glossary Entry “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="39"/>
        <source>Remove “%1” from Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="42"/>
        <source>Import Glossary “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="43"/>
        <source>Add Engine “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="44"/>
        <source>Edit Engine “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="45"/>
        <source>Remove Engine “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/operations/history.py" line="46"/>
        <source>Use “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <location filename="../../reader/gui/history_actions.py" line="50"/>
        <source>Undone: %1</source>
        <extracomment>A short message for the status bar: text, milliseconds to show it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_actions.py" line="56"/>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_actions.py" line="68"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_actions.py" line="68"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_actions.py" line="72"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/history_actions.py" line="72"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../reader/gui/importing.py" line="57"/>
        <source>Import Transcripts</source>
        <extracomment>A short message for the status bar: text, milliseconds to show it. The last import&apos;s warnings, one line each in the UI language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="60"/>
        <source>Transcripts (*.txt *.md *.srt *.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="60"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="65"/>
        <source>Import a Folder of Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="75"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="80"/>
        <source>Imported %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="81"/>
        <source> as %n talk(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="83"/>
        <source>%n already in the library.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="86"/>
        <source>%n file(s) that are not transcripts were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="88"/>
        <source>Cancelled: the files imported before are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="96"/>
        <source>The whole report is kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="102"/>
        <source>Import finished with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="103"/>
        <location filename="../../reader/gui/importing.py" line="133"/>
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="109"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="122"/>
        <source> %n warning(s) while reading: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/importing.py" line="125"/>
        <source>Imported %n talk(s).</source>
        <translation>
            <numerusform>Imported %n talk.</numerusform>
            <numerusform>Imported %n talks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="127"/>
        <source>Already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/importing.py" line="132"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWarnings</name>
    <message>
        <location filename="../../reader/gui/error_text.py" line="877"/>
        <source>the text needed repairs to be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="878"/>
        <source>code fence never closed; read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="879"/>
        <source>&apos;&lt;!--&apos; never closed; read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="880"/>
        <source>&apos;&lt;details&gt;&apos; never closed; read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/error_text.py" line="891"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../reader/gui/language_names.py" line="14"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="15"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="16"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="17"/>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="18"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="19"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="20"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/language_names.py" line="21"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="133"/>
        <source>Filter talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="176"/>
        <source>Sort Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="182"/>
        <source>Library Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="183"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="184"/>
        <source>Newest First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="185"/>
        <source>By Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="270"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="272"/>
        <source>Merge With Next Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/library_pane.py" line="280"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/gui/main_window.py" line="101"/>
        <location filename="../../reader/gui/main_window.py" line="425"/>
        <source>Original</source>
        <extracomment>The user picked another UI language or theme in preferences. Emitted after a talk&apos;s rows are on screen (benchmarks, tests): talk id. The talk list was (re)loaded. Where every edit starts, and the one &quot;library changed&quot; signal it ends in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="101"/>
        <location filename="../../reader/gui/main_window.py" line="427"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="120"/>
        <source>Select a talk to start reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="151"/>
        <source>Search Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="160"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="169"/>
        <source>Search library (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="239"/>
        <source>&amp;Import Transcripts…</source>
        <extracomment>The open talk: loads it off the GUI thread and shows it. The library pane&apos;s list, kept on the open talk. Background translation of the open talk. The toolbar&apos;s library search and its results dock. The View menu&apos;s reading options. The translation engines and whether each is ready, for &quot;Translate Again With&quot;. Importing files and folders, and the report of how it went. Highlights and notes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="242"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="247"/>
        <source>Translation &amp;Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="248"/>
        <source>Translation &amp;Engines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="250"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="252"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="253"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="255"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="260"/>
        <source>Correct &amp;Sentence…</source>
        <extracomment>Undo and Redo: runs them, names them after what they would do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="265"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="266"/>
        <source>&amp;Find in Talk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="268"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="271"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="274"/>
        <source>&amp;Search Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="276"/>
        <source>C&amp;orrect Translation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="277"/>
        <source>&amp;Glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="279"/>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="282"/>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="285"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="287"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="290"/>
        <source>&amp;Both Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="297"/>
        <source>&amp;Original Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="304"/>
        <source>&amp;Translation Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="313"/>
        <source>&amp;Swap Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="316"/>
        <source>&amp;Clean Up Speech Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="323"/>
        <source>Show &amp;Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="326"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="329"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="332"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="338"/>
        <source>&amp;Library Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="345"/>
        <source>Search &amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="346"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="348"/>
        <source>Rename S&amp;peaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="350"/>
        <source>&amp;Split Before Selected Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="351"/>
        <source>&amp;Merge With Next Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="352"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="354"/>
        <source>&amp;Translate Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="356"/>
        <source>Sto&amp;p Translating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="358"/>
        <source>&amp;About Talk Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="359"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="363"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="372"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="382"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="390"/>
        <source>&amp;Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="392"/>
        <source>Translate Talk &amp;Again With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="404"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="406"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="424"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="426"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="428"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="429"/>
        <source>Clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="509"/>
        <location filename="../../reader/gui/main_window.py" line="538"/>
        <source>Click a sentence first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="527"/>
        <source>Translation saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="556"/>
        <source>Sentence corrected. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="577"/>
        <source>Rename Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="578"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="592"/>
        <source>This talk names no speakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="613"/>
        <source>“%1” merged into “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="613"/>
        <source>“%1” renamed to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="621"/>
        <source>Click the sentence the new talk should start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="631"/>
        <source>Split: the rest is now a talk of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="640"/>
        <source>Split Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="641"/>
        <source>Start a new talk at “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="643"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="644"/>
        <source>This sentence and everything after it become a talk of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="664"/>
        <source>Merge Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="665"/>
        <source>Append “%1” to “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="667"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="686"/>
        <source>Talk deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="692"/>
        <source>Delete Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="693"/>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="695"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="697"/>
        <source>Its text, translations and notes are removed from the library. You can undo this with Ctrl+Z, also after restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="779"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="73"/>
        <source>Translation Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="78"/>
        <source>Talk Reader translates offline with Argos Translate models. Install a model for each direction you read: Chinese → English and English → Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="85"/>
        <location filename="../../reader/gui/dialogs/models.py" line="87"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="85"/>
        <location filename="../../reader/gui/dialogs/models.py" line="87"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="85"/>
        <location filename="../../reader/gui/dialogs/models.py" line="87"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="90"/>
        <source>Install From File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="92"/>
        <source>Install From Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="95"/>
        <source>A converted OPUS-MT, NLLB-200 or M2M-100 model (ct2-transformers-converter output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="97"/>
        <location filename="../../reader/gui/dialogs/models.py" line="310"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="109"/>
        <source>Refresh List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="111"/>
        <source>Download and Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="124"/>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="125"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="175"/>
        <source>%1 (update: %2)</source>
        <extracomment>Installed package path → the newer version the index offers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="186"/>
        <source>Version %1 is available: download it in the Download tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="214"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="219"/>
        <source>A converted %1 model (CTranslate2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="231"/>
        <source>No translation models are installed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="234"/>
        <location filename="../../reader/gui/dialogs/models.py" line="238"/>
        <source>%n model(s) installed.</source>
        <translation>
            <numerusform>%n model installed.</numerusform>
            <numerusform>%n models installed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="235"/>
        <source> %n update(s) available in the Download tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="241"/>
        <source>Install Translation Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="244"/>
        <source>Translation models (*.argosmodel *.zip *.tar.gz *.tgz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="245"/>
        <source>Argos Translate models (*.argosmodel *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="246"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="255"/>
        <source>Install Converted Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="265"/>
        <source>Installing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="268"/>
        <source>Installing models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="275"/>
        <source>Installed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="307"/>
        <source>Remove Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="308"/>
        <source>Remove the model %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="322"/>
        <source>Fetching the list of models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/dialogs/models.py" line="333"/>
        <source>%n model(s) available.</source>
        <translation>
            <numerusform>%n model available.</numerusform>
            <numerusform>%n models available.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/models.py" line="351"/>
        <source>Downloading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="311"/>
        <source>Highlight without a note</source>
        <extracomment>the passage as the reader shows it (clean or verbatim) the note&apos;s Markdown as plain text, &quot;&quot; for a plain highlight the :class:`NoteInfo` the note&apos;s Markdown rendered (the HTML export&apos;s dialect)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="47"/>
        <source>Add Note</source>
        <extracomment>(colour name, Markdown text) when the user saves</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="47"/>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="64"/>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="82"/>
        <source>Your note (optional). Markdown works: **bold**, *italic*, - lists, [links](https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="90"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="91"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="93"/>
        <source>Leave the note empty for a plain highlight. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/note_editor.py" line="137"/>
        <source>Nothing written yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteStyle</name>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="36"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="37"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="38"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="39"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="40"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/note_style.py" line="118"/>
        <source>Highlighted. Right-click to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../reader/gui/notes.py" line="111"/>
        <source>Click a sentence first (shift-click or drag to take several).</source>
        <extracomment>A short message for the status bar: text, milliseconds to show it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="139"/>
        <location filename="../../reader/gui/notes.py" line="169"/>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="139"/>
        <source>Highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="179"/>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="180"/>
        <source>Delete this note and its highlight?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="181"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="184"/>
        <source>Remove Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="184"/>
        <source>Remove this highlight?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="184"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="191"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/notes.py" line="198"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="358"/>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="443"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="361"/>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="445"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="392"/>
        <source>No highlights in this talk yet.

Select sentences in the reader (click, shift-click or drag), then press Ctrl+H to highlight them or Ctrl+Shift+N to write a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="396"/>
        <source>Open a talk to see its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/notes_panel.py" line="400"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/notes_panel.py" line="400"/>
        <source>%n with a note</source>
        <translation>
            <numerusform>%n with a note</numerusform>
            <numerusform>%n with a note</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/notes_panel.py" line="442"/>
        <source>Show in Reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="33"/>
        <source>Preferences</source>
        <extracomment>(ui language, theme) after the user pressed OK The user wants to see the translation engines.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="37"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="43"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="44"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="45"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="49"/>
        <source>Translate talks automatically when opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="51"/>
        <source>Translation &amp;Engines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="55"/>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="56"/>
        <source>Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/preferences.py" line="58"/>
        <source>Translation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <location filename="../../reader/gui/widgets/progress.py" line="31"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/progress.py" line="79"/>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderModel</name>
    <message>
        <location filename="../../reader/gui/models/reader_model.py" line="119"/>
        <source>no translation model installed</source>
        <extracomment>Segment languages no model is asked to translate (see ``reader.core.translate.engine``). :class:`Cell` (display parts with segment ranges) tuple of segment ids in the row start time in ms, or None :class:`RowState` of the translation tuple of :class:`NoteMark` highlighting sentences of the row the name shown above the row where a turn starts, or None The user&apos;s own translation of a sentence corrected since: check it still fits. A translation lacking a term the glossary requires, or one the model lost and that was put back (``SegmentRow.glossary_issues`` says which). the row&apos;s sentences inside the note&apos;s passage, in reading order the passage starts in this row the passage ends in this row</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1032"/>
        <source>Right-click or double-click to rename this speaker</source>
        <extracomment>A segment id whose original text the user wants to correct (an ASR error). The selected words, to add to the glossary (&quot;Add to Glossary…&quot;). First and last row on screen, debounced; translation re-prioritises on it. Highlight a passage: first and last segment id (reading order), colour name. Write a note on a passage: first and last segment id (opens the note editor). Rename a speaker of the open talk: the name as shown (right-click or double-click on it). Translate sentences again with one engine: segment ids (reading order), engine name. The engines &quot;Translate Again With&quot; offers (set by the window; none: no such menu).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1036"/>
        <source>Your correction (double-click to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1039"/>
        <source>Your translation, written before the sentence was corrected: check that it still fits (double-click to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1046"/>
        <source>No translation model for this language is installed (File → Translation Models…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1048"/>
        <source>Not translated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1064"/>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1083"/>
        <source>Double-click to correct this translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1053"/>
        <source>Double-click to correct this sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1068"/>
        <source>Translated by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1079"/>
        <source>Glossary: “%1” should be translated “%2” here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1081"/>
        <source>Glossary: the model lost “%1”; “%2” was put back by translating around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1241"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1248"/>
        <source>Add “%1” to Glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1252"/>
        <source>Correct Sentence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1253"/>
        <source>Correct Translation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1259"/>
        <source>Split Talk Before This Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/reader_view.py" line="1267"/>
        <source>Translate %n Sentence(s) Again With</source>
        <translation>
            <numerusform>Translate %n Sentence Again With</numerusform>
            <numerusform>Translate %n Sentences Again With</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1272"/>
        <source>Rename Speaker “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/reader_view.py" line="1280"/>
        <source>Highlight %n Sentence(s)</source>
        <translation>
            <numerusform>Highlight Sentence</numerusform>
            <numerusform>Highlight %n Sentences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1291"/>
        <source>Add Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1304"/>
        <source>Edit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1304"/>
        <source>Write a Note on This Highlight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1308"/>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="1308"/>
        <source>Remove Highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameSpeakerDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="33"/>
        <source>Rename Speaker</source>
        <extracomment>(current name, new name); the new name is trimmed and never empty.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="49"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="53"/>
        <source>Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="54"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="78"/>
        <source>“%1” already speaks in this talk: the two speakers become one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/rename_speaker.py" line="81"/>
        <source>Every turn of this speaker in this talk gets the new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="150"/>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="158"/>
        <source>No results for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/search_panel.py" line="161"/>
        <source>More than %n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/search_panel.py" line="163"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/widgets/search_panel.py" line="165"/>
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n talk</numerusform>
            <numerusform>%n talks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceCorrectionDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/correction.py" line="60"/>
        <source>Correct Sentence</source>
        <extracomment>(segment id, corrected sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/correction.py" line="70"/>
        <source>Search and translation follow the corrected sentence; the file&apos;s own words are kept, and Undo (Ctrl+Z) takes the correction back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkListModel</name>
    <message numerus="yes">
        <location filename="../../reader/gui/models/talk_list.py" line="224"/>
        <source>%n segment(s)</source>
        <extracomment>Language names in the UI language (the talk list and the reader&apos;s header). What the details line shows while a talk&apos;s counts are on their way. translated fraction 0.0–1.0 the grey second line Roles whose value depends on a talk&apos;s counts: asking for one of an uncounted row asks for its counts. by file, then as the talks follow each other in it the last imported first by the folder the file was imported from, then in library order Ids of talks whose counts a view asked for (rows painted without them). Goes up whenever a title, speakers, file or folder changes (what filters and sorts).</extracomment>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkTranslationController</name>
    <message>
        <location filename="../../reader/gui/talk_translation.py" line="174"/>
        <source>Chinese</source>
        <extracomment>Translated batches shown between two freezes of the objects they leave behind. The open talk&apos;s translated and translatable counts changed: talk id, counts. A short message for the status bar: text, milliseconds to show it. The user asked to see the engine settings (from an engine&apos;s error message).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/talk_translation.py" line="174"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/talk_translation.py" line="178"/>
        <source>%1 sentences can&apos;t be translated: no model for %2 is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/talk_translation.py" line="181"/>
        <source>Install Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/talk_translation.py" line="186"/>
        <source>Nothing to translate again: %1 made these translations, or they are your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/talk_translation.py" line="188"/>
        <source>Translating %n sentence(s) again with %1…</source>
        <translation>
            <numerusform>Translating 1 sentence again with %1…</numerusform>
            <numerusform>Translating %n sentences again with %1…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/gui/talk_translation.py" line="195"/>
        <source>Engine Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkViewController</name>
    <message numerus="yes">
        <location filename="../../reader/gui/talk_view.py" line="250"/>
        <source>%n segment(s)</source>
        <extracomment>The talk&apos;s rows are on screen (benchmarks, tests, start-up work wait for it): talk id. A talk (or none) is about to be shown: what was said about the previous one goes. The reader leaves this talk for another one (its translation can stop): talk id. A talk could not be read (gone meanwhile, or an error): the talk list may be stale. The open talk&apos;s translated and translatable counts are known anew: talk id, counts. How long the last talk took from the request to its rows on screen (benchmarks).</extracomment>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <location filename="../../reader/gui/translation.py" line="238"/>
        <source>Translating</source>
        <extracomment>{segment_id: (text, edited)} stored and ready to show a run planned its work: PlanInfo a run ended: (talk id, cancelled by the user) a &quot;translate again&quot; run planned its work: (engine name, segments it will translate) emitted from the write lane when a batch is stored; delivered queued on the GUI thread What the run under way translates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="20"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="21"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="64"/>
        <source>Welcome to Talk Reader</source>
        <extracomment>Open the bundled sample talk. Download the missing translation models from the model index. Install translation models from files the user picks. The view became visible (the model check is refreshed then).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="74"/>
        <source>Read talk transcripts side by side with their translation, clean up speech recognition noise, and search everything you have read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="80"/>
        <source>Open the Sample Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="83"/>
        <source>A short real transcript (a Chinese introduction and an English talk), to see how reading works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="89"/>
        <source>Import Transcripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="120"/>
        <source>Download Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="123"/>
        <source>Install From File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="126"/>
        <source>Other Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="158"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="161"/>
        <source>No translation model is installed for %1. You can read and search without one; to see translations, download the models once (they work offline afterwards) or install a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/welcome.py" line="94"/>
        <source>Or drop .txt, .md, .srt or .vtt files anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
