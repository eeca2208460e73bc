"""A thirty-eighth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, in the brief's area of LLM agents and code models and on
angles no other set takes (held-out 8, 12, 14, 26, 31 and 34 also touch a tool-calling agent, FIM
code completion, a CI-triage agent, the unbiased pass@k estimator, refund and travel-booking agents
and beam search against greedy decoding): SFT data for a code model from a 70B teacher's sixteen
samples per problem kept only when they pass unit tests in a sandbox, with added tests, AST
deduplication, 13-gram decontamination and a pool of unsolved problems; an IT-helpdesk agent with
six function-calling tools, confirmation before writes, a ReAct loop capped at eight steps, tool
errors returned to the model with two retries, and task success judged by end state on five
hundred replayed tickets; an agent's memory by summarising history against retrieving it and the
hybrid of both; beam search against sampling with temperature and top-p, and which suits pass@1
and pass@k; dropping a multi-agent design for one agent with five tools before a three-week
proof of concept; a language tutor's long-term memory moved from a rolling summary to a
structured profile, retrieved episodes and recent turns, checked with probe questions; three
rounds of rejection sampling for a 15B code model with filtered self-written tests and one
error-trace repair; what a ReAct loop is and the step caps, retry limits, repeat checks and
fallbacks it needs in production; designing function-calling JSON schemas; one's own inflated
agent success rate, caught because the grader read the transcript rather than the end state,
corrected to the same audience with the rollout held; two introductions. References are messy
notes (headings, numbered and bulleted lists, bold, half sentences, arrows, mixed zh/en terms,
numbers with units, formulas, STAR letters in the behavioral notes, a results line), some short
and some long. Answers are written as candidates speak: strong ones paraphrase, some with Chinese
numerals, spelled-out numbers and fractions; partials are vague or make one or two points; wrong
ones are confident and mix the reference's words with wrong facts (schools swapped with a denied
role, reversed numbers and another career goal; one greedy sample judged by the teacher instead
of the unit tests, with unsolved problems dropped, decontamination denied and reversed numbers;
the opposite choice at every step with the wrong success criterion and a reversed outcome;
summaries called lossless with retrieval's strengths denied and the opposite conclusion; beam
search described as random sampling with the temperature reversed and top-p as a fixed count;
the opposite action with the two success rates swapped and another outcome; schools and jobs
swapped with denied roles, a shrunken number and another career goal; the two versions in the
wrong order with a lossless summary, the oldest chunks retrieved, a denied evaluation and another
outcome; another method named as the one used with test filtering and error feedback denied and
the pass@1 and pass@10 results swapped; a different mechanism under the ReAct name with each
guardrail denied; the opposite of each schema rule; someone else's discovery with the numbers and
the grader's two checks swapped, no correction and another outcome); off-topic ones are fluent
about something nearby; padded ones restate the question or repeat themselves. Written blind; its
first measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout38_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h38-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，说说你做过什么，为什么对我们这个岗位感兴趣。",
        (
            "自我介绍（≤2 min，主线：代码补全 → 代码大模型 → agent）\n"
            "- 林嘉禾｜浙大 计算机 本科 2016 → 复旦 NLP 硕士 2019\n"
            "- 2019–2022 码云智联：IDE 代码补全，GPT-2 级小模型；采纳率 18% → 27%\n"
            "- 2022–至今 星衡科技 **代码大模型组**\n"
            "  - 负责 SFT 数据：执行校验 + 拒绝采样，内部 benchmark pass@1 41% → 58%\n"
            "  - 2024 起带 3 人做**研发 agent**（读报错 → 改代码 → 跑测试），内部 issue 自动修复率 "
            "~22%\n"
            "- 为什么来：想做 agent 的 RL / 真实环境训练，不只做 SFT 数据"
        ),
        (
            "面试官好，我叫林嘉禾。本科浙大计算机，一六年毕业，之后在复旦读 NLP 硕士，一九年毕业。"
            "第一份工作在码云智联做 IDE 代码补全，用的是 GPT-2 量级的小模型，补全采纳率从百分之十八"
            "提到了二十七。二二年去了星衡科技的代码大模型组，负责 SFT 数据，用执行结果校验、做拒绝"
            "采样，内部评测 pass@1 从四成出头涨到将近六成。二四年起我带三个人做研发 agent，让模型自"
            "己看报错、改代码、跑测试，现在内部 issue 两成多能自动修好。想来这边，是想往 agent "
            "的强化学习、在真实环境里训练走，而不只是做 SFT 数据。"
        ),
        (
            "我叫林嘉禾，一直在做代码相关的模型，之前做过补全，现在在一家公司做代码大模型和 agent "
            "方面的工作，对这个岗位挺感兴趣的。"
        ),
        (
            "我叫林嘉禾，本科在复旦读的 NLP，硕士去浙大读了计算机，二二年才毕业。毕业后直接进了星衡"
            "科技做前端开发，代码大模型组是隔壁组，SFT 数据不是我负责的，我也没带过人。更早在码云智"
            "联做补全的时候，采纳率其实从百分之二十七掉到了十八，后来项目就停了。研发 agent "
            "那边的自动修复率大概只有百分之二。想来这边主要是想转做产品经理。"
        ),
        (
            "代码大模型这个方向最近变化特别快。开源这边有 StarCoder、DeepSeek-Coder、Qwen-Coder，闭"
            "源模型写代码也越来越强。很多公司现在都在用 AI 写代码，据说有的团队一半以上的新代码都是"
            "模型生成的。不过我觉得程序员不会被取代，因为需求分析和系统设计还是得人来做，代码审查的"
            "责任也还在人身上。"
        ),
        (
            "好的，我先做个自我介绍。我做过的事情就是我做过的这些事情，对这个岗位感兴趣是因为我对这"
            "个岗位感兴趣。总的来说，这就是我的自我介绍，我做过什么大概就是这样，感兴趣的原因也就是"
            "我刚才说的，我对这个岗位很感兴趣。"
        ),
    ),
    Case(
        "zh-h38-exec-sft",
        "zh",
        "project",
        "你说你负责代码模型的 SFT 数据，要用执行结果做校验，具体是怎么做的？效果怎么样？",
        (
            "## 代码 SFT 数据：execution-checked（2023 H2）\n"
            "**问题**：开源指令数据 ~30% 的答案跑不通 / 测试不过 → 模型学到错代码\n"
            "**流程**\n"
            "1. 题目：内部 Python 数据处理题 4.2 万 + 开源题去重\n"
            "2. teacher（70B）每题采样 n=16，T=0.8\n"
            "3. 沙箱执行（docker，断网，10 s 超时）跑 unit tests → 只留全部通过的（rejection "
            "sampling）\n"
            "4. 测试太弱的题：teacher 补测试 + 人工抽检 5%\n"
            "5. 每题最多留 2 个通过解，AST 去重；和 eval 集做 13-gram 去污染\n"
            "- 全不过的题 → 不丢，进 hard 池给下一轮\n"
            "**结果**：7B pass@1 41% → 58%，pass@10 63% → 79%；数据量反而 -35%"
        ),
        (
            "起因是开源指令数据里大概三成的答案跑不通或者过不了测试，模型学进去的就是错代码。题目是"
            "四万多道内部的 Python 数据处理题，加上去重后的开源题。每道题让七十B 的大模型采十六个解"
            "，温度零点八，放进不联网、十秒超时的 docker 沙箱跑单元测试，只留全过的，也就是拒绝采样"
            "。测试太弱的题让大模型补测试，人工再抽查百分之五。每题最多留两个解，按语法树去重，再和"
            "评测集做 13-gram 去污染。一个都没过的题放进难题池留给下一轮。最后七B 模型 pass@1 "
            "从四十一到五十八，pass@10 从六十三到七十九，数据量还少了三分之一。"
        ),
        (
            "就是让大模型生成代码，然后跑一下测试，过了的才拿来做 SFT，这样数据质量会好一些，训出来"
            "的模型效果提升挺明显的。"
        ),
        (
            "我们的做法是让 teacher 对每道题只生成一个解，温度设成零，保证稳定。这些解不跑单元测试"
            "，因为沙箱太慢，我们直接让 teacher 自己判断对不对，它认为对的就留下，其实就是拒绝采样"
            "。测试全不过的题我们直接丢掉，免得污染数据。去污染也没做，评测集和训练集本来就不重叠。"
            "结果 pass@1 从百分之五十八降到了四十一，数据量倒是多了一倍，所以后来又换回了开源的指令"
            "数据。"
        ),
        (
            "代码模型的评测现在挺混乱的。HumanEval 只有一百六十多道题，题目都很短，很多模型已经刷到"
            "九十分以上，区分度不够了。后来有了 LiveCodeBench 这种按时间切分的，能避免模型见过题。"
            "还有 SWE-bench 这种仓库级的，更接近真实开发，但是跑一次成本很高，环境也很难配，所以我"
            "们内部一般几个榜一起看。"
        ),
        (
            "对，这个 SFT 数据是我负责的，要用执行结果做校验。具体怎么做的呢，就是用执行结果来做校"
            "验，然后把数据做出来。效果的话，效果是挺好的。总的来说，就是用执行结果做校验来做 SFT "
            "数据，这就是具体的做法，效果也还不错。"
        ),
    ),
    Case(
        "zh-h38-it-agent",
        "zh",
        "project",
        (
            "讲讲你们那个内部 IT 运维 agent 吧，工具调用是怎么设计的？出错了怎么办？怎么评估它到底"
            "好不好用？"
        ),
        (
            "# IT 工单 agent（2024.03–08）\n"
            "目标：员工报障（VPN 连不上、账号锁了、权限申请）→ agent 自动处理，处理不了转人工\n"
            "**工具**：6 个，function calling，JSON schema 写清 description + enum + required\n"
            "- query_user / unlock_account / reset_mfa / check_vpn_log / grant_group / create_"
            "ticket\n"
            "- 写操作（unlock / grant）执行前要用户确认\n"
            "**循环**：ReAct，Thought → Action → Observation\n"
            "- 最多 8 步，超了 → create_ticket 转人工\n"
            "- 工具报错：error message 原样回给模型，同一工具最多重试 2 次；参数校验不过的在调用前"
            "拦截\n"
            "**评估**：历史工单 500 条回放（mock 工具）+ 线上抽样\n"
            "- 指标：任务成功率（终态对不对，不是看调了哪个工具）、平均步数、转人工率\n"
            "结果：成功率 52% → 81%；平均 3.4 步；人工工单量 -40%"
        ),
        (
            "这个 agent 处理员工的 IT 报障，像 VPN 连不上、账号锁了、要权限，处理不了就转人工。六个"
            "工具，查用户、解锁、重置 MFA、查 VPN 日志、加权限组、建工单，用 function calling "
            "接，schema 里参数说明、枚举和必填都写清楚；解锁、加权限这种写操作要先让用户确认。循环"
            "是 ReAct，最多八步，超了就建工单转人工。工具报错就把错误信息原样还给模型，同一工具最多"
            "重试两次，参数不合法的调用前就拦掉。评估用五百条历史工单回放加线上抽样，看终态对不对的"
            "成功率，而不是调了哪个工具，还看平均步数和转人工率。成功率从五成二到八成一，平均三点四"
            "步，人工工单少了四成。"
        ),
        (
            "就是一个帮员工处理 IT 问题的 agent，接了几个工具，比如解锁账号、查 VPN 日志。出错了会"
            "重试几次，上线以后成功率提高了不少。"
        ),
        (
            "我们这个 agent 的工具不多，所以 schema 没怎么写，description 和 enum 都省掉了，让模型"
            "自己猜参数。解锁账号和加权限这种操作不需要用户确认，直接执行，这样更快。ReAct "
            "循环也没设步数上限，因为限制步数反而会降低成功率。工具报错的时候我们不把错误信息给模型"
            "，而是原样重试同一个调用，最多重试十次。评估就看它有没有调用对的工具，终态对不对不重要"
            "。结果成功率从八成一掉到五成二，后来就下线了。"
        ),
        (
            "IT 运维这块传统的做法是 ITSM 系统，比如 ServiceNow，工单按类别分派给不同的运维小组，有"
            " SLA 要求。很多公司还会做一个知识库，员工遇到问题先搜文章自助解决。我觉得 IT "
            "部门最大的痛点是重复问题太多，像密码过期这种每天能有几十个，所以自助服务门户很重要，另"
            "外新员工入职的设备发放也很耗人力。"
        ),
        (
            "这个 IT 运维 agent，工具调用是这么设计的，就是设计了工具调用。出错了的话，出错了我们就"
            "处理出错。怎么评估好不好用，就是评估它好不好用。总的来说，这个 agent 的工具调用、出错"
            "处理和评估就是这样设计的，整体还是挺好用的。"
        ),
    ),
    Case(
        "zh-h38-memory",
        "zh",
        "fundamentals",
        (
            "做多轮对话的 agent，历史太长塞不进上下文的时候，记忆一般怎么处理？摘要和检索各有什么优"
            "缺点？"
        ),
        (
            "**Agent 记忆：摘要 vs 检索**\n"
            "1. 摘要（summary memory）：超过阈值（如 8k tokens）→ 旧轮次压成一段摘要，最近 N "
            "轮保留原文\n"
            "   - 优：长度固定，成本可控，保留整体脉络\n"
            "   - 缺：有损，细节（数字、名字、ID）丢了就找不回；反复摘要误差累积（摘要的摘要）\n"
            "2. 检索（retrieval memory）：每轮存进向量库，按当前 query 取 top-k\n"
            "   - 优：原文不丢，细节可找回，能跨 session\n"
            "   - 缺：取回的片段没上下文；query 和记忆措辞不像 → 召不回；时间顺序乱\n"
            "3. 实际：混合 → 近几轮原文 + 滚动摘要 + 检索出的原文片段；关键事实（用户偏好）单独结构"
            "化存"
        ),
        (
            "主要两种。一种是摘要，历史超过八千 token 左右，就把早的轮次压成一段总结，最近几轮留原"
            "话。好处是长度固定、成本可控，来龙去脉还在；坏处是有损，数字、人名、订单号压掉就拿不回"
            "来，而且总结再被总结，误差会累积。另一种是检索，每轮存进向量库，按当前问题找最相关的几"
            "条。好处是原文都在，细节找得回，还能跨会话；缺点是片段缺前后文，用户现在的说法和当时不"
            "一样就召不回，时间顺序也乱。实际一般混着用：最近几轮原文，加滚动摘要，加检索回来的原文"
            "片段，用户偏好这类关键事实单独结构化存。"
        ),
        (
            "一般就是把前面的对话做个总结，或者存到向量库里，需要的时候再检索出来。总结会丢一些信息"
            "，检索的话细节保留得更好一点。"
        ),
        (
            "摘要和检索的区别在于：摘要是无损的，模型会把数字、名字、ID 都保留下来，所以细节不会丢"
            "，而且反复摘要误差反而会越来越小。检索的问题是长度不固定，成本会随着轮数线性涨，而且只"
            "能在一个 session 里用，不能跨 session。所以我们的经验是纯用摘要就够了，不需要混合，也"
            "不用单独存用户偏好，因为摘要里都有。"
        ),
        (
            "上下文长度这几年涨得很快，从两千、四千到现在一百万 token 的模型都有了。长上下文主要靠"
            "位置编码的外推，比如调 RoPE 的 base、YaRN 这些方法，再加上在长文本上继续训练。不过上下"
            "文长了以后推理成本高很多，KV cache 占显存特别大，所以又有了各种 KV cache 压缩和量化的"
            "方法。"
        ),
        (
            "对话历史太长、塞不进上下文的时候，记忆一般就需要处理一下。摘要和检索都是处理记忆的方法"
            "，摘要有摘要的优缺点，检索有检索的优缺点。总的来说，摘要和检索各有优缺点，要看具体情况"
            "来选择怎么处理记忆。"
        ),
    ),
    Case(
        "zh-h38-decoding",
        "zh",
        "fundamentals",
        "beam search 和带温度、top-p 的采样有什么区别？分别适合什么场景？",
        (
            "### beam search vs 采样\n"
            "- beam search：每步保留 k 个累计 log prob 最高的序列 → 近似找最大概率序列；确定性\n"
            "  - 适合有“标准答案”的：翻译、摘要、ASR；k 一般 4~5\n"
            "  - 开放生成里 → 平淡、重复（高概率 ≠ 像人写的）；k 太大反而变差\n"
            "- 温度：p_i = softmax(z_i / T)，T<1 更尖（保守），T>1 更平（多样）；T→0 ≈ greedy\n"
            "- top-p（nucleus）：按概率从高到低累加，取累计 ≥ p（如 0.9）的最小集合，重新归一化后采"
            "样 → 候选集大小随分布自适应\n"
            "  - 对比 top-k：k 固定，分布尖时混进垃圾词、平时又截太多\n"
            "- 场景：对话 / 创作 → T≈0.7 + top-p 0.9；代码 pass@1 → greedy / 低温，pass@k → T 0.8 "
            "要多样"
        ),
        (
            "beam search 每步保留累计对数概率最高的 k 条，近似找整体概率最大的序列，结果确定。适合"
            "有标准答案的翻译、摘要、语音识别，束宽四五个就够；开放生成里它平淡、爱重复，最可能的不"
            "一定像人话，束太大还变差。温度是 logits 除以 T 再 softmax，T 小于一更尖更保守，大于一"
            "更平更多样，趋近零就是贪心。top-p 即核采样，从高到低累加概率到零点九，在这个最小集合里"
            "归一化后采样，候选数随分布自适应；top-k 个数固定，分布尖时混进垃圾词，平时又截太多。聊"
            "天写作温度零点七配 top-p 零点九；代码测 pass@1 用贪心或低温，测 pass@k 用零点八保证多"
            "样。"
        ),
        (
            "beam search 会同时保留好几条候选，最后选概率最高的，比较适合翻译；采样的结果更多样，适"
            "合聊天这种开放的生成。"
        ),
        (
            "beam search 其实是随机的，每一步从 k 个候选里按概率抽一个，所以它最适合开放式的对话和"
            "创作，束越大越有创意。温度的作用是：T 大于一分布会更尖、更保守，T 小于一更平、更多样。"
            "top-p 是固定取概率最高的若干个词，p 等于零点九就是取九个词，候选集大小固定，这点和 "
            "top-k 一样。写代码测 pass@k 的时候应该用贪心，温度越低越好。"
        ),
        (
            "解码速度方面现在有很多优化，比如投机解码，用一个小模型先猜几个 token，大模型一次性验证"
            "，能快两到三倍。还有 KV cache，把之前算过的 key 和 value 存下来，不用每一步重算。服务"
            "端还会用连续批处理，把不同请求拼在一起，提高 GPU 利用率。"
        ),
        (
            "beam search 和带温度、top-p 的采样是有区别的，它们是两种不同的方法。beam search 适合 "
            "beam search 适合的场景，采样适合采样适合的场景。总的来说，它们的区别就是它们不一样，分"
            "别适合各自的场景。"
        ),
    ),
    Case(
        "zh-h38-cut-scope",
        "zh",
        "behavioral",
        "讲一次你在时间很紧的情况下，主动砍掉或者简化原方案的经历。",
        (
            "**STAR｜agent demo 砍掉 multi-agent（2024.05）**\n"
            "S：客户 POC，3 周后演示合同审核 agent；原方案 multi-agent（planner + 4 个 worker + "
            "critic）\n"
            "T：我是技术负责人，要按时 + 演示时稳定跑\n"
            "A：\n"
            "- 第 1 周跑 30 条样例：multi-agent 成功率 47%，每单 ~90 s，失败多是 agent 之间传丢信息"
            "\n"
            "- 提议改成 **单 agent + 5 个工具** + 固定流程（先抽条款 → 再逐条比对模板）；planner "
            "先不做\n"
            "- 找 PM 和写 planner 的同事一对一讲数据，multi-agent 分支保留作二期\n"
            "R：单 agent 成功率 78%，每单 25 s；按期演示，拿到合同；二期也没再做 multi-agent\n"
            "反思：先跑数据再定架构"
        ),
        (
            "有一次给客户做 POC，三周后要演示合同审核 agent，原方案是多 agent：一个规划、四个执行、"
            "一个检查。我是技术负责人，要按时而且演示要稳。第一周拿三十条样例跑，多 agent "
            "成功率不到一半，一单一分半左右，失败多是 agent 之间传话丢了信息。我提议改成单 agent "
            "加五个工具，流程固定：先抽条款，再逐条和模板比对，规划模块先不做。我拿数据分别跟产品经"
            "理和写规划的同事一对一聊，答应多 agent 留作二期。结果成功率七成八，一单二十五秒，按时"
            "演示，客户签了，二期也没再做多 agent。体会是先跑数据再定架构。"
        ),
        (
            "有过，之前做一个客户演示的时候时间很紧，我们把比较复杂的方案简化了一下，最后按时交付了"
            "，效果也还可以。"
        ),
        (
            "有，二四年五月那个合同审核 agent 的 POC。一开始大家想做单 agent 加五个工具，我觉得太简"
            "单，坚持改成 multi-agent，一个 planner 加四个 worker 再加 critic。第一周跑了三十条，"
            "multi-agent 成功率有七成八，单 agent 只有四成七，数据也支持我。我没跟 PM 沟通，直接让"
            "组里改了架构。最后演示推迟了两周，客户没签，不过我还是觉得 multi-agent 是对的方向。"
        ),
        (
            "我觉得时间紧的时候项目管理很重要。我们团队一般两周一个迭代，每天站会同步进度，风险要尽"
            "早暴露。需求一定要先写清楚验收标准，不然后面容易返工。另外我习惯用甘特图把依赖关系列出"
            "来，关键路径上的任务优先保证人手。"
        ),
        (
            "有的，在时间很紧的情况下，我确实主动砍掉过原方案，也简化过原方案。当时时间很紧，所以我"
            "就简化了，砍掉了一些东西。总的来说，时间紧的时候主动砍掉或者简化原方案是很有必要的，我"
            "那次就是这样做的。"
        ),
    ),
]

CASES = [*_ZH, *EN]
