"""A thirty-first held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (training a same-tokenizer 1.5B
draft model for speculative decoding on a 72B customer-service model's own replies with a KL loss,
and switching speculation off at high concurrency; measuring a travel-booking agent's function calls
by end state and all-five-runs-correct, then fixing them with schema errors fed back, confirmation
before every write and hand-corrected trajectories; how RoPE rotates queries and keys and why their
dot product depends only on the offset; checking a long generated answer for hallucinations by
atomic claims, NLI against evidence and SelfCheckGPT resampling; one's own prefix-cache key that
left out the LoRA adapter id in a multi-tenant service; AWQ INT4 of a 32B assistant that lost code
accuracy to an off-domain calibration set, fixed with calibration on real traffic, smaller groups
and fp16 sensitive layers; raising the prefix-cache hit rate across vLLM replicas with a
cache-friendly prompt layout, rendezvous-hash routing and a load guard; why speculative sampling is
lossless and what sets its speedup; measuring whether a tool-using agent can ship with checkable end
states and pass^k; a claim-level check that found long due-diligence reports drifting from their
sources two weeks before launch; two introductions). References are messy notes (headings, numbered
and bulleted lists, bold, half sentences, arrows, mixed zh/en terms, numbers with units, formulas,
STAR letters in the behavioral notes, a results line), some short and some long. Answers are written
as candidates speak: strong ones paraphrase, some with Chinese numerals, spelled-out numbers and
fractions; partials are vague or make one or two points; wrong ones are confident and mix the
reference's words with wrong facts (schools swapped with jobs in the wrong order, a reversed latency
change, denied work and another career goal; a different vocabulary with human answers as
distillation data, a reversed concurrency rule, a longer draft and lower acceptance with lossy
output; the reply text graded in a single run with the opposite fixes and a reversed failure
breakdown; an added input embedding under RoPE's name with v affected too, a denied relative
property and the frequencies reversed; whole-passage judging with SelfCheckGPT's signal reversed,
temperature zero and a reversed position trend; someone else's mistake with no rollback, a different
cause, a denied key flaw and no report; schools swapped with jobs in the wrong order, a denied role,
reversed numbers and another career goal; a data-free mechanism under AWQ's name with the group-size
change reversed, other layers, the other method chosen and a denied memory saving; round-robin kept
with the prompt layout reversed, hashing the wrong end, a reversed memory claim and another outcome;
the draft and target roles swapped with the acceptance ratio inverted, a kept rejected token, a
wrong formula and a reversed batch trend; a judge on the reply with single runs, pass^k redefined as
rising with k, live APIs and a skipped red-team set; someone else finding it with the opposite
action, a reversed position trend and another outcome); off-topic ones are fluent about something
nearby; padded ones restate the question or repeat themselves. Written blind; its first measurement,
by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout31_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h31-intro",
        "zh",
        "self_intro",
        "先简单做个自我介绍吧，重点讲讲你最近在做什么。",
        (
            "自我介绍（~90 s，主线：算子 → 推理引擎 → 推理 × 算法）\n"
            "- 林知远｜华中科大 计算机 本科 2016 → 浙大 计算机 硕士 2019（方向：模型压缩）\n"
            "- 2019–2022 某云厂商 **推理加速组**\n"
            "  - TensorRT plugin / CUDA kernel：BERT 类服务 P99 38 ms → 11 ms\n"
            "- 2022–至今 星河智能 大模型平台，**推理负责人**（带 3 人）\n"
            "  - 迁 vLLM + continuous batching → 同样的卡吞吐 ×3.2\n"
            "  - 投机解码 + INT4 量化：单 token 成本 -45%\n"
            "- 为什么来：想做推理 × 算法联合优化（训练时就考虑推理），不只是调引擎"
        ),
        (
            "面试官好，我叫林知远。本科在华中科技大学学计算机，一六年毕业，之后在浙大读硕士，方向"
            "是模型压缩。一九年毕业去了一家云厂商的推理加速组，三年里主要写 TensorRT 插件和 CUDA "
            "算子，把一类 BERT 服务的 P99 延迟从三十八毫秒压到了十一毫秒。二二年到现在在星河智能"
            "的大模型平台负责推理，带三个同学，主要做了两件事：一是把服务迁到 vLLM、用上连续批处"
            "理，同样的卡吞吐提到原来的三倍多；二是投机解码加 INT4 量化，每个 token 的成本降了四"
            "成多。想来这边，是希望做推理和算法的联合优化，训练的时候就把推理考虑进去，而不只是调"
            "引擎。"
        ),
        (
            "我叫林知远，之前在云厂商做推理加速，现在在一家公司做大模型推理相关的事情，主要就是让"
            "模型跑得更快、更省卡。"
        ),
        (
            "我叫林知远，本科是在浙大读的，硕士去了华中科大，方向是推荐系统，一九年毕业。毕业以后"
            "先进了星河智能做数据标注平台，二二年才去云厂商的推理组。TensorRT 插件那部分是同事写"
            "的，我主要负责测试，而且那个 BERT 服务上线后 P99 从十一毫秒涨到了三十八毫秒。vLLM 我"
            "们评估过，最后没迁，投机解码和量化也没做过。我目前没有带人。想来这边主要是想转去做产"
            "品。"
        ),
        (
            "大模型推理这两年变化特别快。以前大家比的是单卡峰值算力，现在更看显存带宽和卡间互联。"
            "国产卡也在追，但软件生态还差一些，很多算子要自己适配。另外 API 的价格一年降了好几轮，"
            "做应用的公司越来越不愿意自己部署模型，更愿意直接调云上的接口。"
        ),
        (
            "好的，我先简单做个自我介绍。我最近在做的事情，就是我最近一直在做的事情。总的来说，我"
            "就是这样一个人，最近也一直在做这些事，重点就是最近在做的这些，大概就是这样。"
        ),
    ),
    Case(
        "zh-h31-draft-distill",
        "zh",
        "project",
        "你简历上写给线上大模型做了投机解码，draft 模型是怎么来的？最后效果怎么样？",
        (
            "## 投机解码：自训 draft 模型（客服 72B，2024 H1）\n"
            "**背景**：72B 客服模型 decode 慢，单请求 ~18 tok/s；拿现成 0.5B 通用小模型当 draft →"
            " 接受率 α 只有 0.42，加速 1.3x\n"
            "**做法**\n"
            "1. draft 换成 **同 tokenizer** 的 1.5B（词表必须一致，不然要做 token 对齐）\n"
            "2. 蒸馏数据：线上 20 万条真实 prompt → 让 72B 自己生成回复（不用人工答案）→ 学的是 "
            "target 的分布\n"
            "3. loss = token 级 KL（target top-20 logits）+ CE，训 2 epoch\n"
            "4. γ（每轮猜几个 token）扫 3 / 4 / 5 / 6 → γ = 4 最好\n"
            "- 坑：并发大时收益变小（decode 变 compute bound，多验证的 token 不再白送）→ 并发 > "
            "32 自动关投机\n"
            "**结果**：α 0.42 → 0.71；低并发端到端 2.1x；输出分布不变（拒绝采样保证），greedy 下"
            "抽 500 条逐字一致"
        ),
        (
            "我们的客服模型是七十二 B 的，解码很慢。一开始拿现成的零点五 B 通用小模型当 draft，接"
            "受率才四成出头，只快了一点三倍。后来自己训了一个一点五 B 的 draft，关键是和大模型用"
            "同一个分词器，词表一致才能直接验证。数据不用人工答案，而是拿线上二十万条真实提问让七"
            "十二 B 自己生成回复，小模型学到的就是大模型的分布，loss 是对齐大模型前二十个 logits "
            "的 KL 再加交叉熵。每轮猜几个 token 试了三到六，四最好。接受率到了零点七一，低并发下"
            "整体快了两倍多。坑是并发高的时候解码变成算力瓶颈，多验证的 token 不再免费，所以并发"
            "过三十二就自动关掉。输出分布是不变的，贪心解码下抽了五百条，逐字一致。"
        ),
        "我们拿一个小模型做 draft，在客服数据上蒸馏了一下，接受率提高了不少，整体大概快了一倍。",
        (
            "draft 我们是从零训了一个一点五 B，词表跟七十二 B 不一样也没关系，验证的时候框架会自"
            "动对齐。蒸馏数据用的是人工客服写的标准答案，没用七十二 B 自己生成的回复，因为大模型"
            "的回复本身有错，loss 就是普通的交叉熵。γ 我们发现越大越好，最后定在十。并发越高投机"
            "的收益越大，所以我们只在高峰期、并发超过三十二的时候才打开。接受率从零点四二提到了零"
            "点五左右，加速一点三倍。输出和原模型会有一些差异，这是投机解码本身的代价。"
        ),
        (
            "客服场景里用户最敏感的其实是首字延迟，不是整体生成速度。我们做了流式输出，先把第一句"
            "话尽快吐出来；另外在 SFT 数据里把回复普遍改短了三成，客服话术本来就不需要长篇大论。"
            "还有一些高频问题，比如查物流、改地址，直接走模板回复，根本不经过大模型。"
        ),
        (
            "投机解码的 draft 模型，就是投机解码用的那个 draft 模型。它是怎么来的呢，就是我们把它"
            "弄出来的。效果怎么样，效果就是投机解码的效果。总的来说，就是用 draft 模型做了投机解"
            "码，效果就是这样。"
        ),
    ),
    Case(
        "zh-h31-travel-agent",
        "zh",
        "project",
        "讲讲你们那个会调用工具的差旅助手，你们怎么衡量它靠不靠谱，又是怎么把它做稳的？",
        (
            "差旅 Agent（function calling：查航班 / 订酒店 / 查差标 / 提交审批）\n"
            "- 14 个工具，Qwen2.5-32B 微调\n"
            "**怎么测**\n"
            "- 离线集 600 条任务（真实工单改写），工具走 mock + 沙箱状态\n"
            "- 成功 = **最终状态对**（订单对、金额没超差标），不看回复写得好不好\n"
            "- 每条跑 5 次 → pass^5（5 次全对才算）→ 测稳定性，光看 pass@1 会高估\n"
            "- 失败归类：参数错（日期、城市三字码）40% / 选错工具 31% / 没确认就下单 / 绕圈超 15 "
            "步\n"
            "**怎么改**\n"
            "1. 重写工具描述；参数加 enum + 格式（YYYY-MM-DD）→ schema 校验不过就把报错回喂，最多"
            "重试 2 次\n"
            "2. 所有写操作前必须复述订单，让用户确认\n"
            "3. 失败轨迹人工改对 → 3k 条 SFT\n"
            "结果：pass@1 61% → 84%，pass^5 38% → 71%；未确认下单 → 0"
        ),
        (
            "助手有十四个工具，查航班、订酒店、查差标。衡量上我们做了六百条任务的离线集，都是拿真"
            "实工单改写的，工具全用 mock 加沙箱，判成功只看最后的状态，比如订单对不对、有没有超差"
            "标，不看回复的文字。每条跑五遍，五遍全对才算过，只跑一遍会高估它的稳定性。失败里四成"
            "是参数错，像日期格式、城市三字码，三成是选错工具，还有没确认就下单和绕圈子。改法就对"
            "着来：重写工具说明，参数加枚举和格式约束，校验不过就把报错喂回去让它重试，最多两次；"
            "写操作前先复述给用户确认；再把失败轨迹人工改对，做了三千条微调数据。单次通过率从六成"
            "一到八成四，五遍全对从百分之三十八到七十一，没确认就下单基本没了。"
        ),
        (
            "我们主要是建了一个测试集去跑，看任务成功率。后来优化了一下工具的描述，成功率就上去了"
            "不少。"
        ),
        (
            "我们衡量主要看回复文本，让一个大模型当裁判给最后的回复打分，订单状态这些不看。每条任"
            "务只跑一次，temperature 设成零，跑多少次结果都一样，没必要看五次全对。失败里最多的其"
            "实是回复太啰嗦，选错工具和参数错很少。改进上我们把十四个工具合并成了三个大工具，参数"
            "改成自由文本让模型自己写，schema 校验也去掉了，因为把报错喂回去反而容易死循环。下单"
            "前也不再让用户确认，直接执行，体验更顺。最后单次通过率到了八成多，用户满意度也涨了。"
        ),
        (
            "做 Agent 的框架选型我们纠结过挺久。ReAct 那种边想边做的方式灵活，但 token 消耗大；先"
            "规划再执行的方式更省，可一旦中间环境变了，计划就得整个重做。我们最后没用 LangChain，"
            "自己写了一个很薄的调度层，主要是 LangChain 版本变得太快、抽象层次太多，线上出了问题"
            "不好排查。"
        ),
        (
            "差旅助手就是帮大家处理差旅的助手，它会调用工具。衡量它靠不靠谱，就是看它靠不靠谱；把"
            "它做稳，就是让它变稳。总之我们就是衡量了它靠不靠谱，然后把它做稳了，差旅助手就是这么"
            "一个情况。"
        ),
    ),
    Case(
        "zh-h31-rope",
        "zh",
        "fundamentals",
        "RoPE 旋转位置编码具体是怎么做的？为什么说它编码的是相对位置？",
        (
            "RoPE\n"
            "- 不加在 embedding 上 → 每一层对 **q、k** 做旋转（v 不动）\n"
            "- d 维两两一组 (x_2i, x_2i+1)，位置 m 的第 i 组转 m·θ_i，θ_i = 10000^(-2i/d)\n"
            "- 关键：<R_m q, R_n k> = <q, R_(n−m) k> → 内积只跟 **n − m** 有关 = 相对位置\n"
            "- 前面的组转得快（高频），后面的组转得慢（低频）\n"
            "- 远程衰减：距离越远，内积上界越小\n"
            "- 不加参数；外推差 → 长上下文靠 PI / NTK / YaRN 改频率"
        ),
        (
            "RoPE 不是把位置向量加到输入上，而是在每一层算注意力之前，对 query 和 key 各做一次旋"
            "转，value 不动。做法是把向量的维度两个两个分成一组，每组看成一个平面，位置是 m 的 "
            "token，第 i 组就转 m 乘 θ_i 这么大的角度，θ_i 是一万的负 2i 除以 d 次方，所以靠前的"
            "组转得快、是高频，靠后的组转得慢、是低频。为什么是相对位置：两个旋转矩阵一乘，R_m 的"
            "转置乘 R_n 就等于转 n 减 m 的那个矩阵，所以 q 和 k 的点积只取决于两个位置的差，跟绝"
            "对位置无关。它还有远程衰减，距离越远内积的上界越小。好处是不加参数，缺点是超出训练长"
            "度外推不好，所以长上下文要用位置插值、NTK 或者 YaRN 去调频率。"
        ),
        (
            "RoPE 是用旋转的方式加位置信息，作用在 q 和 k 上。因为做了旋转，内积里就能体现出两个"
            "位置之间的距离。"
        ),
        (
            "RoPE 其实也是把位置编码加到词向量上，只在第一层输入的时候加一次，之后 q、k、v 都带着"
            "这个位置信息。分组以后第 i 组的旋转角是 θ_i 除以 m，位置越往后转得越少。它说是相对位"
            "置，其实是模型训练中自己学出来的，公式上内积还是依赖绝对位置 m 和 n。频率上是靠后的"
            "组转得快，靠前的组转得慢。而且 RoPE 外推能力本身很强，不用改频率就能直接扩到很长的上"
            "下文。"
        ),
        (
            "之所以需要位置编码，是因为自注意力本身对顺序不敏感，把一句话打乱，每个词算出来的结果"
            "只是跟着换了位置。BERT 用的是可学习的位置向量，最多五百一十二个位置，超过就处理不了。"
            "还有工作发现，只靠因果掩码、完全不加位置编码，解码器也能隐式地学到位置，这个叫 NoPE。"
        ),
        (
            "RoPE 就是旋转位置编码，它是旋转的，所以叫旋转位置编码。具体怎么做，就是按 RoPE 的做"
            "法去做。为什么说它编码的是相对位置，因为它编码的就是相对位置，这就是 RoPE。"
        ),
    ),
    Case(
        "zh-h31-long-hallucination",
        "zh",
        "fundamentals",
        "模型生成一篇很长的回答时，你会怎么检测里面有没有幻觉？",
        (
            "长输出幻觉检测\n"
            "1. 先 **拆原子事实**（atomic claims，FActScore 思路）：一句话常含 2–3 个事实 → 逐条"
            "判\n"
            "2. 有证据源（RAG / 给定文档）→ 每条 claim 检索证据 → NLI 判 支持 / 矛盾 / 无关\n"
            "3. 没证据源 → **SelfCheckGPT**：同一 prompt 再采 N=10 个样本（T=1.0），看这条 claim "
            "在别的样本里是否也出现；不一致 → 多半是编的\n"
            "4. 指标 = 被支持的 claim / 总 claim；按位置分段看（越往后越容易编）\n"
            "- 别只看 token 概率 / 熵，长文本里校准很差\n"
            "- 判官先校准：人工标 200 条，一致率 ≥ 85% 才用"
        ),
        (
            "长回答我不会整段去判，而是先拆成一条一条的原子事实，一句话里经常有两三个事实，逐条去"
            "看。如果有证据来源，比如 RAG 检索回来的文档，就给每条事实去找证据，用 NLI 模型判断是"
            "支持、矛盾还是无关。要是没有外部证据，可以用 SelfCheckGPT 的思路：同一个问题用比较高"
            "的温度再采十个左右的回答，看这条事实在别的回答里是不是也一致地出现，如果各说各的，多"
            "半是编的。指标就看被支持的事实占总数的比例，而且要按位置分段统计，因为越往后越容易编。"
            "单看 token 概率或者熵不太靠谱，长文本里校准很差。另外判官本身要先校准，我一般人工标"
            "两百条左右，跟人的一致率到八成五以上才敢用。"
        ),
        (
            "主要是拿生成的内容去跟参考文档对一下，看有没有文档里不支持的说法；没有文档的话，就多"
            "生成几次比一比。"
        ),
        (
            "长回答我一般不拆，整段直接交给 NLI 模型判断是不是被文档支持就行，拆成一条条事实反而"
            "会丢上下文。没有证据源的时候用 SelfCheckGPT，它的思路是同一个 prompt 多采几次，哪条"
            "内容在几次里都一致出现，哪条就是幻觉，因为那是模型在机械地背。采样温度要设成零，保证"
            "几次之间可比。指标看 token 的平均概率就够了，长文本里它反而最准。而且幻觉一般集中在"
            "开头，越往后越少，判官也不需要人工校准。"
        ),
        (
            "要减少幻觉，训练阶段能做的事情不少。比如 SFT 数据里不要让模型回答它预训练时没见过的"
            "知识，否则等于教它编；RLHF 的时候对“不知道”给一定奖励，让它学会拒答。推理时把温度调"
            "低也有一点帮助。产品上还可以加一句“内容由 AI 生成，请注意核实”的提示。"
        ),
        (
            "模型生成很长的回答时，要检测里面有没有幻觉。我会怎么检测呢，就是去检测它有没有幻觉。"
            "长回答里的幻觉需要检测，所以我就会去检测，看看有没有幻觉，这就是我检测幻觉的方法。"
        ),
    ),
    Case(
        "zh-h31-cache-mistake",
        "zh",
        "behavioral",
        "讲一个你自己犯过的比较严重的错误，后来是怎么处理的？",
        (
            "**S**：2024.3，多租户服务（1 个基座 + 40 个客户 LoRA），我负责打开 **prefix "
            "caching** 降 TTFT\n"
            "**T**：上线第 2 天，一个客户反馈回答“风格不对”，偶尔带出别家的话术\n"
            "**A**：\n"
            "- 先回滚（10 min 内关掉 prefix caching），再查\n"
            "- 根因：cache key 只 hash 了 token，**没带 adapter id** → system prompt 相同的请求复"
            "用了别的 LoRA 算出来的 KV；是我 review 时漏的\n"
            "- 主动写事故报告；按请求日志查影响面：3 个客户、~1.2k 条请求，逐个客户说明\n"
            "- 修：key = hash(adapter_id + tokens)；加回归测试：同 prompt × 不同 adapter，开 / 关"
            " cache 输出必须一致\n"
            "**R**：一周后重新上线，TTFT P50 -38%，再没串过；之后 cache 类改动必须带多租户用例\n"
            "反思：做性能优化先问清楚正确性的边界"
        ),
        (
            "二四年三月，我们有个多租户服务，一个基座挂着四十个客户各自的 LoRA，我负责打开前缀缓"
            "存降首字延迟。上线第二天有客户反馈回答风格不对，偶尔还带出别家的话术。我先在十分钟内"
            "关掉缓存回滚，再去查。原因是缓存 key 只对 token 做了哈希，没把 adapter 的 id 算进去，"
            "系统提示词一样的请求就复用了别的 LoRA 算出来的 KV，这是我 review 时漏掉的。我主动写"
            "了事故报告，按日志查清影响面，三个客户、一千二百条左右请求，逐个跟客户说明。修复是把"
            " adapter id 加进 key，再补回归测试：同一个提示词换不同 adapter，开不开缓存输出都要一"
            "致。一周后重新上线，首字延迟中位数降了近四成，没再串过。教训是做性能优化也要先想清楚"
            "正确性的边界。"
        ),
        (
            "有一次我上线了一个缓存优化，导致有客户的回答出了问题。我很快回滚了，查到原因修好以后"
            "又重新上线了。"
        ),
        (
            "那次的 prefix caching 其实是隔壁组的同事打开的，不是我。出问题以后我们没有回滚，因为"
            "首字延迟降得很明显，业务不想丢，就先让它继续跑了两周再查。根因是 LoRA 的权重加载错了，"
            "跟 cache key 没关系，key 里本来就带了 adapter id。影响面我们也没细查，估计就几条，所"
            "以没有通知客户，也没写事故报告。后来整个服务换了一个推理框架，问题就没了。"
        ),
        (
            "我觉得犯错本身不可怕，关键是心态。我刚工作的时候很怕出错，什么事都反复确认，效率很低。"
            "后来我的导师跟我说，只要同一个错误不犯第二次就行。现在我会记一个自己的问题清单，每个"
            "季度翻一遍，也会主动找同事聊他们踩过的坑。"
        ),
        (
            "我自己犯过的比较严重的错误，就是一个比较严重的错误。后来是怎么处理的呢，就是把它处理"
            "好了。犯了错误就要处理，我就处理了，所以这个比较严重的错误后来也就处理了。"
        ),
    ),
]

CASES = [*_ZH, *EN]
