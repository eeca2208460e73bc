<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../_delivery.py" line="15"/>
        <source>Spoken answers</source>
        <translation>语音回答</translation>
    </message>
    <message>
        <location filename="../_delivery.py" line="16"/>
        <source>Speaking rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <location filename="../_delivery.py" line="17"/>
        <source>Filler words</source>
        <translation>口头禅</translation>
    </message>
    <message>
        <location filename="../_delivery.py" line="18"/>
        <source>Long pauses</source>
        <translation>长停顿</translation>
    </message>
    <message>
        <location filename="../_delivery.py" line="19"/>
        <source>Longest pause</source>
        <translation>最长停顿</translation>
    </message>
    <message>
        <location filename="../_delivery.py" line="20"/>
        <source>First word after</source>
        <translation>开口用时</translation>
    </message>
    <message>
        <location filename="../_delivery.py" line="21"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../_delivery.py" line="25"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../_delivery.py" line="27"/>
        <source>chars/min</source>
        <translation>字/分钟</translation>
    </message>
    <message>
        <location filename="../_delivery.py" line="28"/>
        <source>words/min</source>
        <translation>词/分钟</translation>
    </message>
    <message>
        <location filename="../_delivery.py" line="56"/>
        <source>Delivery (from an audio file)</source>
        <translation>表达（来自音频文件）</translation>
    </message>
    <message>
        <location filename="../_interview_events.py" line="76"/>
        <location filename="../_interview_events.py" line="84"/>
        <location filename="../_look.py" line="31"/>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../_interview_events.py" line="110"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../_look.py" line="31"/>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../_look.py" line="31"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../_delivery.py" line="56"/>
        <source>Delivery</source>
        <translation>表达</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="179"/>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="179"/>
        <source>Streaming</source>
        <translation>流式输出</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="179"/>
        <source>Structured output</source>
        <translation>结构化输出</translation>
    </message>
    <message>
        <location filename="../_stages.py" line="19"/>
        <source>Wrap-up</source>
        <translation>收尾</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="11"/>
        <source>Correctness</source>
        <translation>正确性</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="12"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="13"/>
        <source>Key-point coverage</source>
        <translation>要点覆盖</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="14"/>
        <source>Clarity</source>
        <translation>表达清晰</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="15"/>
        <source>Role &amp; contribution</source>
        <translation>角色与贡献</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="16"/>
        <source>Technical depth</source>
        <translation>技术深度</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="17"/>
        <source>Results with numbers</source>
        <translation>结果与数据</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="18"/>
        <source>Trade-offs</source>
        <translation>取舍与权衡</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="19"/>
        <source>STAR structure</source>
        <translation>STAR 结构</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="20"/>
        <source>Specificity</source>
        <translation>具体性</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="21"/>
        <source>Reflection</source>
        <translation>反思</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="22"/>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="23"/>
        <source>Relevance</source>
        <translation>相关性</translation>
    </message>
    <message>
        <location filename="../_dimensions.py" line="24"/>
        <source>Concision</source>
        <translation>简洁</translation>
    </message>
    <message>
        <location filename="../audio/_recorder.py" line="271"/>
        <source>Recording stopped.</source>
        <translation>录音已停止。</translation>
    </message>
    <message>
        <location filename="../audio/_recorder.py" line="272"/>
        <source>Recording cancelled.</source>
        <translation>录音已取消。</translation>
    </message>
    <message>
        <location filename="../audio/_recorder.py" line="273"/>
        <source>Stopped after a pause.</source>
        <translation>停顿后已自动停止。</translation>
    </message>
    <message>
        <location filename="../audio/_recorder.py" line="274"/>
        <source>Nothing was heard, so recording stopped. Check the microphone level.</source>
        <translation>没有听到声音，录音已停止。请检查麦克风音量。</translation>
    </message>
    <message>
        <location filename="../audio/_recorder.py" line="275"/>
        <source>The answer reached the maximum length, so recording stopped.</source>
        <translation>回答已达到最长时长，录音已停止。</translation>
    </message>
    <message>
        <location filename="../audio/_recorder.py" line="276"/>
        <source>Recording stopped by a microphone problem; what you said is kept.</source>
        <translation>麦克风出现问题，录音已停止；已说的内容已保留。</translation>
    </message>
    <message>
        <location filename="../audio/_recorder.py" line="277"/>
        <source>The audio ended.</source>
        <translation>音频已结束。</translation>
    </message>
    <message>
        <location filename="../audio/_sources.py" line="95"/>
        <source>it could not be opened (is another app using it?)</source>
        <translation>无法打开（是否被其他应用占用？）</translation>
    </message>
    <message>
        <location filename="../audio/_sources.py" line="96"/>
        <source>it stopped delivering audio (was it unplugged?)</source>
        <translation>不再传来声音（是否被拔出？）</translation>
    </message>
    <message>
        <location filename="../audio/_sources.py" line="97"/>
        <source>the audio system reported a fatal error</source>
        <translation>音频系统报告了严重错误</translation>
    </message>
    <message>
        <location filename="../audio/_sources.py" line="99"/>
        <source>it failed</source>
        <translation>出现故障</translation>
    </message>
    <message>
        <location filename="../audio/_sources.py" line="101"/>
        <source>Microphone: %1.</source>
        <translation>麦克风：%1。</translation>
    </message>
    <message>
        <location filename="../audio/_sources.py" line="102"/>
        <source>Microphone “%1”: %2.</source>
        <translation>麦克风“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../audio/_sources.py" line="107"/>
        <source>Microphone “%1” was disconnected.</source>
        <translation>麦克风“%1”已断开。</translation>
    </message>
    <message>
        <location filename="../audio/_speaker.py" line="119"/>
        <source>The interviewer&apos;s voice is turned off in Settings.</source>
        <translation>面试官语音已在设置中关闭。</translation>
    </message>
    <message>
        <location filename="../audio/_speaker.py" line="123"/>
        <source>No text-to-speech engine is installed, so questions are shown as text only.</source>
        <translation>没有安装语音合成引擎，题目只以文字显示。</translation>
    </message>
    <message>
        <location filename="../audio/_speaker.py" line="126"/>
        <source>The speech engine “%1” is not available; available: %2.</source>
        <translation>语音引擎“%1”不可用；可用的有：%2。</translation>
    </message>
    <message>
        <location filename="../audio/_speaker.py" line="133"/>
        <source>No speaker or headphones were found, so questions are shown as text only.</source>
        <translation>没有找到扬声器或耳机，题目只以文字显示。</translation>
    </message>
    <message>
        <location filename="../audio/_speaker.py" line="136"/>
        <source>the engine failed to start</source>
        <translation>引擎无法启动</translation>
    </message>
    <message>
        <location filename="../audio/_speaker.py" line="138"/>
        <source>The speech engine could not start: %1</source>
        <translation>语音引擎无法启动：%1</translation>
    </message>
    <message>
        <location filename="../audio/_speaker.py" line="157"/>
        <source>The interviewer&apos;s voice failed: %1</source>
        <translation>面试官语音出错：%1</translation>
    </message>
    <message>
        <location filename="../audio/_speaker.py" line="173"/>
        <source>The speech engine “%1” has no %2 voice, so questions are shown as text only.</source>
        <translation>语音引擎“%1”没有%2声音，题目只以文字显示。</translation>
    </message>
    <message>
        <location filename="../audio/_speaker.py" line="175"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../audio/_speaker.py" line="175"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../_app.py" line="97"/>
        <source>Something went wrong: %1 (details in the log)</source>
        <translation>出错了：%1（详情见日志）</translation>
    </message>
    <message>
        <location filename="../_unsent_answer.py" line="27"/>
        <source>End the interview?</source>
        <translation>结束面试？</translation>
    </message>
    <message>
        <location filename="../_unsent_answer.py" line="28"/>
        <source>Your answer to the current question has not been sent yet.</source>
        <translation>当前问题的回答还没有发送。</translation>
    </message>
    <message>
        <location filename="../_unsent_answer.py" line="20"/>
        <source>Send it, then end</source>
        <translation>发送后结束</translation>
    </message>
    <message>
        <location filename="../_unsent_answer.py" line="21"/>
        <source>Discard it and end</source>
        <translation>放弃并结束</translation>
    </message>
    <message>
        <location filename="../_unsent_answer.py" line="22"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../_endpoint_check.py" line="30"/>
        <source>The LLM cannot be reached</source>
        <translation>连不上大模型</translation>
    </message>
    <message>
        <location filename="../_endpoint_check.py" line="32"/>
        <source>The LLM endpoint %1 does not answer. With it, questions would come from your notes&apos; question bank and every score would fail.</source>
        <translation>大模型接口 %1 没有响应。照这样开始，问题会来自笔记里的题库，而且每次评分都会失败。</translation>
    </message>
    <message>
        <location filename="../_endpoint_check.py" line="40"/>
        <source>Start offline: questions from your notes, scores marked as offline estimates.</source>
        <translation>离线开始：问题来自你的笔记，评分标注为离线估计。</translation>
    </message>
    <message>
        <location filename="../_endpoint_check.py" line="23"/>
        <source>Start offline</source>
        <translation>离线开始</translation>
    </message>
    <message>
        <location filename="../_endpoint_check.py" line="24"/>
        <source>Start anyway</source>
        <translation>仍然开始</translation>
    </message>
    <message>
        <location filename="../_endpoint_check.py" line="25"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../_answer_file.py" line="49"/>
        <source>Answer from a file…</source>
        <translation>用录音文件作答…</translation>
    </message>
    <message>
        <location filename="../_answer_file.py" line="51"/>
        <source>Transcribe an answer recorded elsewhere, e.g. on your phone (M4A, MP3, WAV…)</source>
        <translation>转写在别处（例如手机上）录好的回答（M4A、MP3、WAV…）</translation>
    </message>
    <message>
        <location filename="../_answer_file.py" line="123"/>
        <source>Audio files</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <location filename="../_answer_file.py" line="123"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../_answer_file.py" line="125"/>
        <source>Answer from an audio file</source>
        <translation>选择回答的录音文件</translation>
    </message>
    <message>
        <location filename="../_answer_file.py" line="152"/>
        <source>Transcribing %1: %2 % done, %3 s (Stop waiting to speak or type again)</source>
        <translation>正在转写 %1：已完成 %2%，%3 秒（点“停止等待”可重新说或打字）</translation>
    </message>
    <message>
        <location filename="../_answer_file.py" line="155"/>
        <source>Transcribing %1… %2 s (Stop waiting to speak or type again)</source>
        <translation>正在转写 %1… %2 秒（点“停止等待”可重新说或打字）</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="14"/>
        <source>%1 no longer exists.</source>
        <translation>找不到 %1，它可能已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="15"/>
        <source>%1 is empty: it holds no audio.</source>
        <translation>%1 是空的，里面没有音频。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="16"/>
        <source>%1 could not be read as audio (damaged, or not an audio file).</source>
        <translation>%1 无法作为音频读取（文件已损坏，或不是音频文件）。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="17"/>
        <source>%1 is %2 min long; an answer file may be at most %3 min. Trim it.</source>
        <translation>%1 长 %2 分钟，作答的录音最长 %3 分钟，请剪到回答的部分。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="18"/>
        <source>%1 is too short to hold an answer.</source>
        <translation>%1 太短，不足以构成一段回答。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="19"/>
        <source>%1 is silent: nothing audible was recorded.</source>
        <translation>%1 没有声音：录音里听不到任何内容。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="20"/>
        <source>No speech was recognised in %1.</source>
        <translation>%1 中没有识别出说话内容。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="22"/>
        <source>%1 could not be transcribed: %2.</source>
        <translation>%1 无法转写：%2。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="27"/>
        <source>Choose another file, speak, or type your answer.</source>
        <translation>可以换一个文件、直接说，或打字作答。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="34"/>
        <source>The recording was too short to hold an answer.</source>
        <translation>录音太短，容不下一段回答。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="36"/>
        <source>The recording was silent: check that the right microphone is selected and not muted.</source>
        <translation>录音里没有声音：请检查是否选对了麦克风、是否被静音。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="38"/>
        <source>No speech was recognised in the recording.</source>
        <translation>录音里没有识别出说话声。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="40"/>
        <source>Speech could not be used: %1.</source>
        <translation>语音不可用：%1。</translation>
    </message>
    <message>
        <location filename="../_audio_problems.py" line="41"/>
        <source>Speak again, or type your answer.</source>
        <translation>可以再说一遍，或直接打字作答。</translation>
    </message>
    <message>
        <location filename="../_chart_points.py" line="66"/>
        <source>Session %1 · %2</source>
        <translation>第 %1 场 · %2</translation>
    </message>
    <message>
        <location filename="../_chart_points.py" line="69"/>
        <source>Session %1</source>
        <translation>第 %1 场</translation>
    </message>
    <message>
        <location filename="../_import_progress.py" line="18"/>
        <source>Saving the notes store…</source>
        <translation>正在保存笔记库…</translation>
    </message>
    <message>
        <location filename="../_import_progress.py" line="20"/>
        <source>Indexing the notes for search…</source>
        <translation>正在为笔记建立检索索引…</translation>
    </message>
    <message>
        <location filename="../_import_progress.py" line="22"/>
        <source>Indexing %3 for search (%1 of %2)</source>
        <translation>正在为 %3 建立检索索引（第 %1 个，共 %2 个）</translation>
    </message>
    <message>
        <location filename="../_import_progress.py" line="24"/>
        <source>Taking %3 out of the store (%1 of %2)</source>
        <translation>正在从笔记库移除 %3（第 %1 个，共 %2 个）</translation>
    </message>
    <message>
        <location filename="../_import_progress.py" line="26"/>
        <source>Reading %3 (%1 of %2)</source>
        <translation>正在读取 %3（第 %1 个，共 %2 个）</translation>
    </message>
    <message>
        <location filename="../_take_results.py" line="45"/>
        <source>Wait for the transcription, or press Stop waiting</source>
        <translation>请等转写完成，或点“停止等待”</translation>
    </message>
    <message>
        <location filename="../_take_results.py" line="52"/>
        <source>Transcribing… %1 s (Stop waiting to speak or type again)</source>
        <translation>正在转写… %1 秒（点“停止等待”可重新说或打字）</translation>
    </message>
    <message>
        <location filename="../_take_results.py" line="70"/>
        <source>Transcription cancelled. Speak again or type your answer.</source>
        <translation>已取消转写。可以重新说，或直接打字回答。</translation>
    </message>
    <message>
        <location filename="../_take_results.py" line="80"/>
        <source>Transcription took over %1 s, so it was stopped; the text heard so far is in the box. Check it.</source>
        <translation>转写超过 %1 秒，已停止；目前听到的文字已放进回答框，请检查。</translation>
    </message>
    <message>
        <location filename="../_take_results.py" line="85"/>
        <source>Transcription took over %1 s, so it was stopped. Speak again or type your answer.</source>
        <translation>转写超过 %1 秒，已停止。可以重新说，或直接打字回答。</translation>
    </message>
    <message>
        <location filename="../_take_results.py" line="98"/>
        <source>Check the text, correct it if needed, then send.</source>
        <translation>请检查识别出的文字，必要时修改后再发送。</translation>
    </message>
    <message>
        <location filename="../_take_results.py" line="100"/>
        <source>Take %1 was added: the recording and metrics cover every take. </source>
        <translation>已加入第 %1 段录音：录音和表达指标涵盖所有段落。</translation>
    </message>
    <message>
        <location filename="../audio/_devices.py" line="31"/>
        <source>No microphone was found. Connect one, answer from a recording with “Answer from a file…”, or type your answer instead.</source>
        <translation>没有找到麦克风。请连接麦克风，或点“用录音文件作答…”用录好的音频作答，或直接打字作答。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../_banner.py" line="76"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>GraderCheckRow</name>
    <message>
        <location filename="../_grader_check_row.py" line="48"/>
        <source>Check grader</source>
        <translation>评分校验</translation>
    </message>
    <message>
        <location filename="../_grader_check_row.py" line="59"/>
        <source>The grader check is not available in this build.</source>
        <translation>此版本不提供评分校验。</translation>
    </message>
    <message>
        <location filename="../_grader_check_row.py" line="63"/>
        <source>Offline mode: there is no LLM to check. Choose a provider first.</source>
        <translation>离线模式：没有可校验的大模型。请先选择服务商。</translation>
    </message>
    <message>
        <location filename="../_grader_check_row.py" line="74"/>
        <source>The model scores 12 answers of known quality (a minute or two). If it ranks them right, its scores are believed. Like Test connection, it uses the endpoint, model and key as typed above; the result counts once they are saved.</source>
        <translation>让模型给 12 个质量已知的回答打分（约一两分钟）。排序都对，它的评分就会被采信。和“测试连接”一样，校验使用上面填写的地址、模型和密钥；保存设置后结果才生效。</translation>
    </message>
    <message>
        <location filename="../_grader_check_row.py" line="99"/>
        <source>Not checked yet: this model&apos;s scores are held near the offline estimate.</source>
        <translation>尚未校验：该模型的评分会被限制在离线估计附近。</translation>
    </message>
    <message>
        <location filename="../_grader_check_row.py" line="107"/>
        <source>(For the endpoint and model typed above, not saved yet: it counts once you save.)</source>
        <translation>（这是上面填写、尚未保存的地址和模型的结果，保存设置后生效。）</translation>
    </message>
    <message>
        <location filename="../_grader_check_row.py" line="120"/>
        <source>Scoring exam answers…</source>
        <translation>正在评分校验…</translation>
    </message>
    <message>
        <location filename="../_grader_check_row.py" line="138"/>
        <source>Scoring exam answers %1/%2…</source>
        <translation>正在评分校验 %1/%2…</translation>
    </message>
    <message>
        <location filename="../_grader_check_row.py" line="149"/>
        <source>The grader check could not be finished, nothing was kept: %1</source>
        <translation>评分校验未能完成，未保存结果：%1</translation>
    </message>
</context>
<context>
    <name>InputDeviceModel</name>
    <message>
        <location filename="../audio/_devices.py" line="74"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../audio/_devices.py" line="114"/>
        <source>No microphone was found</source>
        <translation>没有找到麦克风</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <location filename="../_interview_view.py" line="119"/>
        <source>Finish or pause the current interview first.</source>
        <translation>请先结束或暂停当前面试。</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="146"/>
        <source>Checking the LLM endpoint…</source>
        <translation>正在检查大模型接口…</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="155"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="156"/>
        <source>Preparing the interview…</source>
        <translation>正在准备面试…</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="171"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="171"/>
        <source>Mock interview</source>
        <translation>模拟面试</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="186"/>
        <source>Resuming…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="199"/>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="203"/>
        <location filename="../_interview_view.py" line="254"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="217"/>
        <source>The interviewer is thinking…</source>
        <translation>面试官正在思考…</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="89"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="235"/>
        <source>The interview could not continue: %1</source>
        <translation>面试无法继续：%1</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="238"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="280"/>
        <source>Interview paused. Press Resume above to go on where you stopped.</source>
        <translation>面试已暂停。点上方的“继续”即可从中断处接着面试。</translation>
    </message>
    <message>
        <location filename="../_interview_view.py" line="310"/>
        <source>Ending the interview and writing the report…</source>
        <translation>正在结束面试并生成报告…</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <location filename="../_knowledge_view.py" line="54"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="57"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="59"/>
        <source>Question bank</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="60"/>
        <source>Projects</source>
        <translation>项目经历</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="61"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="75"/>
        <source>Folders and files of your interview notes (Markdown or text).</source>
        <translation>你的面试笔记所在的文件夹和文件（Markdown 或纯文本）。</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="84"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="85"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="86"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="87"/>
        <source>Import notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="89"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="105"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="105"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="125"/>
        <source>Demo notes (a sample candidate) — removed when you import your own</source>
        <translation>示例笔记（一位示例候选人）——导入你自己的笔记后会自动移除</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="154"/>
        <source>Could not save the note list: %1</source>
        <translation>无法保存笔记列表：%1</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="159"/>
        <source>Choose a notes folder</source>
        <translation>选择笔记文件夹</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="165"/>
        <source>Choose note files</source>
        <translation>选择笔记文件</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="165"/>
        <source>Notes (*.md *.markdown *.txt)</source>
        <translation>笔记 (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="194"/>
        <source>The demo notes were removed.</source>
        <translation>示例笔记已移除。</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="203"/>
        <location filename="../_knowledge_view.py" line="291"/>
        <source>Loading notes…</source>
        <translation>正在加载笔记…</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="241"/>
        <source>Your notes are in, so the demo notes were removed: questions and reference answers now come from your notes only.</source>
        <translation>你的笔记已导入，示例笔记已移除：之后的问题和参考答案只来自你的笔记。</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="253"/>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="258"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="262"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="263"/>
        <source>Unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="264"/>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="265"/>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="274"/>
        <source>%1 imported, %2 unchanged, %3 skipped; %4 questions found.</source>
        <translation>导入 %1 个，未变化 %2 个，跳过 %3 个；找到 %4 道题。</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="301"/>
        <source>No projects found yet. Import notes with a projects section.</source>
        <translation>还没有找到项目。请导入包含项目经历的笔记。</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="317"/>
        <source>Search your notes…</source>
        <translation>搜索笔记…</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="331"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="337"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../_knowledge_view.py" line="343"/>
        <source>Nothing found.</source>
        <translation>没有找到结果。</translation>
    </message>
</context>
<context>
    <name>LLMSettingsGroup</name>
    <message>
        <location filename="../_llm_settings.py" line="45"/>
        <source>Interviewer model (LLM)</source>
        <translation>面试官模型（LLM）</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="50"/>
        <source>Offline (no LLM)</source>
        <translation>离线（不用大模型）</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="50"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="55"/>
        <source>Empty: offline interviews from your notes</source>
        <translation>留空：使用笔记进行离线面试</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="61"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="70"/>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="71"/>
        <source>Base URL</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="72"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="73"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="117"/>
        <source>A key is stored (type to replace it)</source>
        <translation>已保存密钥（输入新密钥可替换）</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="117"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="121"/>
        <source>The key is kept in the system keyring.</source>
        <translation>密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="125"/>
        <source>No system keyring is available, so a key cannot be stored here. Set the environment variable MIANBA_LLM_API_KEY instead.</source>
        <translation>系统没有可用的密钥环，无法在此保存密钥。请改用环境变量 MIANBA_LLM_API_KEY。</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="144"/>
        <source>Offline mode: no LLM to test.</source>
        <translation>离线模式：没有可测试的大模型。</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="148"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../_llm_settings.py" line="167"/>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../audio/_level_meter.py" line="36"/>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message numerus="yes">
        <location filename="../audio/_level_meter.py" line="97"/>
        <source>%n percent</source>
        <translation>
            <numerusform>%n%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../_main_window.py" line="74"/>
        <source>Mianba — interview coach</source>
        <translation>面霸 — 面试教练</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="76"/>
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="76"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="76"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="76"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="69"/>
        <location filename="../_main_window.py" line="146"/>
        <source>Loading settings…</source>
        <translation>正在读取设置…</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="180"/>
        <source>Mianba could not read its settings: %1</source>
        <translation>面霸无法读取设置：%1</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="186"/>
        <source>Loading notes…</source>
        <translation>正在加载笔记…</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="202"/>
        <location filename="../_main_window.py" line="296"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="221"/>
        <source>No notes yet, so the demo notes were imported. Add yours with “Add folder…” or “Add files…” below, then Import notes.</source>
        <translation>还没有笔记，已先导入示例笔记。用下方的“添加文件夹…”或“添加文件…”加入你自己的笔记，再点“导入笔记”。</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="227"/>
        <source>No notes yet, so the demo notes were imported. Add yours under Knowledge.</source>
        <translation>还没有笔记，已先导入示例笔记。请在“知识库”中添加你自己的笔记。</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="178"/>
        <location filename="../_main_window.py" line="235"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="228"/>
        <source>Open Knowledge</source>
        <translation>打开知识库</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="237"/>
        <source>Mianba could not load its data: %1</source>
        <translation>面霸无法加载数据：%1</translation>
    </message>
    <message>
        <location filename="../_main_window.py" line="283"/>
        <source>The new language applies after this interview.</source>
        <translation>新的界面语言将在本次面试结束后生效。</translation>
    </message>
</context>
<context>
    <name>NoteViewer</name>
    <message>
        <location filename="../_note_viewer.py" line="60"/>
        <source>Note: %1</source>
        <translation>笔记：%1</translation>
    </message>
    <message>
        <location filename="../_note_viewer.py" line="82"/>
        <source>This note cannot be opened: %1</source>
        <translation>无法打开这份笔记：%1</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../_progress_panel.py" line="54"/>
        <source>Finish an interview to see your progress here.</source>
        <translation>完成一次面试后，这里会显示你的进步曲线。</translation>
    </message>
    <message>
        <location filename="../_progress_panel.py" line="73"/>
        <source>Practise these</source>
        <translation>练习这些</translation>
    </message>
    <message>
        <location filename="../_progress_panel.py" line="78"/>
        <source>Weakest topics</source>
        <translation>最薄弱的主题</translation>
    </message>
    <message>
        <location filename="../_progress_panel.py" line="109"/>
        <source>Score by stage (0-100)</source>
        <translation>各阶段得分（0-100）</translation>
    </message>
    <message>
        <location filename="../_progress_panel.py" line="117"/>
        <source>Offline estimates: no LLM scored these interviews.</source>
        <translation>以下均为离线估计：这些面试都没有用大模型评分。</translation>
    </message>
    <message>
        <location filename="../_progress_panel.py" line="120"/>
        <source>%1 of %2 interviews were scored, wholly or in part, by offline estimate (no LLM).</source>
        <translation>%2 场面试中有 %1 场全部或部分为离线估计（未用大模型评分）。</translation>
    </message>
    <message>
        <location filename="../_progress_panel.py" line="148"/>
        <source>Rubric dimensions (1-5)</source>
        <translation>评分维度（1-5）</translation>
    </message>
    <message>
        <location filename="../_progress_panel.py" line="171"/>
        <source>Session</source>
        <translation>面试场次</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../_i18n.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../_i18n.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuestionBankTab</name>
    <message>
        <location filename="../_question_editor.py" line="47"/>
        <location filename="../_question_editor.py" line="88"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../_question_editor.py" line="47"/>
        <source>Answer in notes</source>
        <translation>笔记中的答案</translation>
    </message>
    <message>
        <location filename="../_question_editor.py" line="82"/>
        <source>Save question</source>
        <translation>保存题目</translation>
    </message>
    <message>
        <location filename="../_question_editor.py" line="89"/>
        <source>Reference answer</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <location filename="../_question_editor.py" line="90"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../_question_editor.py" line="91"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../_question_editor.py" line="92"/>
        <source>From</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../_question_editor.py" line="107"/>
        <source>Loading notes…</source>
        <translation>正在加载笔记…</translation>
    </message>
    <message>
        <location filename="../_question_editor.py" line="119"/>
        <source>Could not load the question bank: %1</source>
        <translation>无法加载题库：%1</translation>
    </message>
    <message>
        <location filename="../_question_editor.py" line="136"/>
        <source>(no answer in the notes)</source>
        <translation>（笔记中没有答案）</translation>
    </message>
    <message>
        <location filename="../_question_editor.py" line="141"/>
        <source>%1 questions</source>
        <translation>%1 道题</translation>
    </message>
    <message>
        <location filename="../_question_editor.py" line="178"/>
        <source>Question saved.</source>
        <translation>题目已保存。</translation>
    </message>
    <message>
        <location filename="../_question_editor.py" line="185"/>
        <source>Could not save the question: %1</source>
        <translation>无法保存题目：%1</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <location filename="../_report_card.py" line="29"/>
        <source>Open in Review</source>
        <translation>在复盘中查看</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../_review_view.py" line="62"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="65"/>
        <source>Sessions</source>
        <translation>面试记录</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="68"/>
        <source>Progress</source>
        <translation>进步</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="77"/>
        <source>Search questions and answers…</source>
        <translation>搜索题目和回答…</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="83"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="85"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="86"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="84"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="87"/>
        <source>Scored by</source>
        <translation>评分方式</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="93"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="131"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="167"/>
        <source>Could not read past sessions: %1</source>
        <translation>无法读取历史面试：%1</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="190"/>
        <source>No interviews yet. Each interview you finish or pause is kept here with its report, answers and feedback.</source>
        <translation>还没有面试记录。每次结束或暂停的面试都会保存在这里，附带报告、回答和反馈。</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="194"/>
        <source>No interview matches the search.</source>
        <translation>没有符合搜索条件的面试。</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="197"/>
        <source>Choose an interview on the left to see its report, answers and feedback.</source>
        <translation>在左侧选择一次面试，查看它的报告、回答和反馈。</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="227"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="227"/>
        <source>Mock</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="229"/>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="283"/>
        <source>The recording is missing: %1</source>
        <translation>找不到录音：%1</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="298"/>
        <source>Delete session</source>
        <translation>删除面试记录</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="298"/>
        <source>Delete this session and its recordings?</source>
        <translation>删除这次面试及其录音？</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="318"/>
        <source>Export session</source>
        <translation>导出面试记录</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="328"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../_review_view.py" line="330"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <location filename="../_score_card.py" line="53"/>
        <source>Retry scoring</source>
        <translation>重新评分</translation>
    </message>
    <message>
        <location filename="../_score_card.py" line="87"/>
        <source>Your answer is kept, but the LLM gave no usable score (it could not be reached, or its reply was broken). Press Retry once it works again.</source>
        <translation>你的回答已保存，但大模型没有给出可用的评分（连不上，或回复格式有误）。等它恢复后点“重试”。</translation>
    </message>
    <message>
        <location filename="../_score_card.py" line="92"/>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <location filename="../_score_card.py" line="121"/>
        <source>A rule set this score before the answer was compared with your notes: it was empty, off the topic, a repeat, unreadable, or not an answer (&quot;I don&apos;t know&quot;, a question back).</source>
        <translation>这个分数由规则直接给出，回答没有再与笔记比对：回答为空、离题、与之前重复、无法辨认，或者并非回答（“不知道”、反问）。</translation>
    </message>
    <message>
        <location filename="../_score_card.py" line="127"/>
        <source>Estimated offline: your words are compared with the key points of your notes. An LLM (Settings) judges what the answer means.</source>
        <translation>离线估计：把你的用词与笔记中的要点比对。在“设置”中配置大模型后，会按回答的意思评判。</translation>
    </message>
    <message>
        <location filename="../_score_card.py" line="134"/>
        <source>Scoring again…</source>
        <translation>正在重新评分…</translation>
    </message>
</context>
<context>
    <name>ScoringLine</name>
    <message>
        <location filename="../_scoring_status.py" line="44"/>
        <source>Scoring… %1 s</source>
        <translation>正在评分… %1 秒</translation>
    </message>
    <message>
        <location filename="../_scoring_status.py" line="48"/>
        <source>Still scoring after %1 s: the LLM endpoint is slow (its time limit is %2 s per wait). Your answer is kept; carry on, the score appears here when it is ready.</source>
        <translation>已评分 %1 秒仍未完成：大模型接口很慢（每次等待上限 %2 秒）。你的回答已保存，可以继续作答，评分好了会显示在这里。</translation>
    </message>
</context>
<context>
    <name>ScoringStatus</name>
    <message>
        <location filename="../_scoring_status.py" line="110"/>
        <source>%1 (an earlier answer is still being scored)</source>
        <translation>%1（前一个回答仍在评分）</translation>
    </message>
    <message>
        <location filename="../_scoring_status.py" line="111"/>
        <source>%1 (%2 earlier answers are still being scored)</source>
        <translation>%1（前面 %2 个回答仍在评分）</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../_session_page.py" line="24"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../_session_page.py" line="25"/>
        <source>End interview</source>
        <translation>结束面试</translation>
    </message>
    <message>
        <location filename="../_session_page.py" line="26"/>
        <source>New interview</source>
        <translation>新面试</translation>
    </message>
    <message>
        <location filename="../_session_page.py" line="31"/>
        <source>Type your answer… (Ctrl+Enter sends)</source>
        <translation>输入你的回答…（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../_session_page.py" line="33"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../_session_page.py" line="23"/>
        <source>Answer</source>
        <translation>本题</translation>
    </message>
    <message>
        <location filename="../_session_page.py" line="70"/>
        <source>Session</source>
        <translation>全程</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../_settings_view.py" line="75"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="66"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="88"/>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="95"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="96"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="97"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="102"/>
        <source>Spoken answers in an interview are transcribed in the interview&apos;s language; choose Detect to answer in either language.</source>
        <translation>面试中的语音回答按面试语言转写；想用任一语言作答时请选“自动识别”。</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="108"/>
        <source>After a pause (hands-free)</source>
        <translation>停顿后自动停止（免按键）</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="109"/>
        <source>Only when I press Stop</source>
        <translation>只在我点“停止”时</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="115"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="118"/>
        <source>Technical stages wait longer, and so does an answer that already had long pauses; a countdown shows before the recording stops.</source>
        <translation>技术环节会等得更久，已经有过长停顿的回答也会；停止前会显示倒计时。</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="124"/>
        <source>Default voice</source>
        <translation>默认声音</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="127"/>
        <source>Offline: Universal Sentence Encoder (multilingual)</source>
        <translation>离线：Universal Sentence Encoder（多语言）</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="128"/>
        <source>Offline: multilingual-e5-small</source>
        <translation>离线：multilingual-e5-small</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="129"/>
        <source>Remote: OpenAI-compatible /v1/embeddings</source>
        <translation>远程：兼容 OpenAI 的 /v1/embeddings</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="132"/>
        <source>Speech model</source>
        <translation>语音模型</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="133"/>
        <source>Speech language</source>
        <translation>语音语言</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="134"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="135"/>
        <source>Recording stops</source>
        <translation>录音何时停止</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="136"/>
        <source>Pause that ends an answer</source>
        <translation>结束回答的停顿时长</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="137"/>
        <source>Voice engine</source>
        <translation>语音引擎</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="138"/>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="172"/>
        <source>Embeddings</source>
        <translation>向量模型</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="142"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="145"/>
        <location filename="../_settings_view.py" line="150"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="151"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="152"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="155"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="156"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="160"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="164"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="166"/>
        <source>Rebuild knowledge store</source>
        <translation>重建知识库</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="171"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="210"/>
        <location filename="../_settings_view.py" line="214"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="215"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="255"/>
        <source>Could not save the settings: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="265"/>
        <source>Embeddings changed: rebuild the knowledge store to use them.</source>
        <translation>向量模型已更改：请重建知识库后生效。</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="268"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="277"/>
        <source>Rebuilding the knowledge store from your notes…</source>
        <translation>正在根据笔记重建知识库…</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="286"/>
        <source>The knowledge store was rebuilt.</source>
        <translation>知识库已重建。</translation>
    </message>
    <message>
        <location filename="../_settings_view.py" line="291"/>
        <source>Rebuilding failed: %1</source>
        <translation>重建失败：%1</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../_start_dialog.py" line="35"/>
        <source>New interview</source>
        <translation>新面试</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="38"/>
        <source>Practice — feedback after every answer</source>
        <translation>练习 — 每题答完立即反馈</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="39"/>
        <source>Mock — feedback only in the final report</source>
        <translation>模拟面试 — 只在最终报告中反馈</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="47"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="56"/>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="60"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="62"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="63"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="63"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="66"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="69"/>
        <source>Friendly</source>
        <translation>友好</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="70"/>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="71"/>
        <source>Under pressure</source>
        <translation>压力面</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="75"/>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="77"/>
        <source>Typed answers</source>
        <translation>打字作答</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="77"/>
        <source>Voice answers</source>
        <translation>语音作答</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="80"/>
        <source>Answer by</source>
        <translation>作答方式</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="82"/>
        <source>Optional: topics to focus on, comma separated</source>
        <translation>可选：想重点练习的主题，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="83"/>
        <source>Focus</source>
        <translation>重点</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="89"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="91"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../_start_dialog.py" line="105"/>
        <source>Choose at least one stage.</source>
        <translation>请至少选择一个阶段。</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <location filename="../_voice_panel.py" line="68"/>
        <location filename="../_voice_panel.py" line="202"/>
        <location filename="../_voice_panel.py" line="261"/>
        <source>Start speaking</source>
        <translation>开始说话</translation>
    </message>
    <message>
        <location filename="../_voice_panel.py" line="102"/>
        <location filename="../_voice_panel.py" line="137"/>
        <source>Loading speech model…</source>
        <translation>正在加载语音模型…</translation>
    </message>
    <message>
        <location filename="../_voice_panel.py" line="72"/>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <location filename="../_voice_panel.py" line="73"/>
        <source>Drop this transcription and speak or type again</source>
        <translation>放弃这次转写，重新说或直接打字</translation>
    </message>
    <message>
        <location filename="../_voice_panel.py" line="118"/>
        <source>Speech model ready.</source>
        <translation>语音模型已就绪。</translation>
    </message>
    <message>
        <location filename="../_voice_panel.py" line="169"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../_voice_panel.py" line="171"/>
        <location filename="../_voice_panel.py" line="192"/>
        <source>Listening…</source>
        <translation>正在聆听…</translation>
    </message>
    <message>
        <location filename="../_voice_panel.py" line="195"/>
        <source>Pause: stopping in %1 s unless you go on (or press Stop).</source>
        <translation>停顿中：%1 秒后停止录音，继续说就不会停（也可点“停止”）。</translation>
    </message>
    <message>
        <location filename="../_voice_panel.py" line="212"/>
        <source>Stopped after a %1 s pause; not done? Press Start speaking to add more. </source>
        <translation>停顿 %1 秒后已停止录音；还没说完？点“开始说话”接着补充。</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../_resume_panel.py" line="42"/>
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../_resume_panel.py" line="45"/>
        <source>An interviewer walks you through self-introduction, your projects, fundamentals and behavioral questions, drawn from your own notes. Answer by typing or by voice; every answer is scored.</source>
        <translation>面试官会依据你自己的笔记，依次进行自我介绍、项目深挖、基础知识和行为面试。你可以打字或语音作答，每个回答都会评分。</translation>
    </message>
    <message>
        <location filename="../_resume_panel.py" line="51"/>
        <source>Start an interview</source>
        <translation>开始面试</translation>
    </message>
    <message>
        <location filename="../_resume_panel.py" line="59"/>
        <source>No notes yet: the interviewer can only ask general questions, and your answers cannot be compared with notes of yours. Import your notes under Knowledge.</source>
        <translation>还没有笔记：面试官只能问通用问题，你的回答也没有笔记可以对照。请在“知识库”中导入你的笔记。</translation>
    </message>
    <message>
        <location filename="../_resume_panel.py" line="89"/>
        <source>Interviewer model: %1 at %2</source>
        <translation>面试官模型：%1（%2）</translation>
    </message>
    <message>
        <location filename="../_resume_panel.py" line="94"/>
        <source>Offline mode: scores are offline estimates. Add an LLM in Settings for a real interviewer.</source>
        <translation>离线模式：评分为离线估计。在“设置”中添加大模型即可获得真正的面试官。</translation>
    </message>
    <message>
        <location filename="../_resume_panel.py" line="101"/>
        <source>Offline mode: questions come from your notes&apos; question bank and scores are offline estimates. Add an LLM in Settings for a real interviewer.</source>
        <translation>离线模式：题目来自笔记中的题库，评分为离线估计。在“设置”中添加大模型即可获得真正的面试官。</translation>
    </message>
    <message>
        <location filename="../_resume_panel.py" line="143"/>
        <source>Unfinished interviews — continue where you stopped:</source>
        <translation>未完成的面试 — 从中断处继续：</translation>
    </message>
    <message>
        <location filename="../_resume_panel.py" line="150"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../_resume_panel.py" line="150"/>
        <source>Mock</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../_resume_panel.py" line="151"/>
        <source>%1 · %2 · %3 answered</source>
        <translation>%1 · %2 · 已答 %3 题</translation>
    </message>
    <message>
        <location filename="../_resume_panel.py" line="153"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
</TS>
