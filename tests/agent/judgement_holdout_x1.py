"""A cross-language held-out set: twelve questions written blind, notes in one language and the
interview in the other.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores. In the six zh cases the question and the five answers are
in Chinese while the candidate's notes (the reference) are kept in English with a few Chinese
words; in the six en cases the question and answers are in English while the notes are kept in
Chinese with English terms mixed in. On topics no other set uses (a music app's next-song
recommendation moved from item-based collaborative filtering to SASRec, with short plays as hard
negatives, artist and genre embeddings for new tracks and an HNSW stage in front of the existing
GBDT ranker; long-tailed product image classification with decoupled training, the classifier
re-trained on class-balanced samples over a frozen backbone, logit adjustment and CLIP-mined tail
images; PagedAttention in vLLM; k-means, k-means++ seeding and choosing k; one's own hand-written
chat template that dropped the end-of-turn token and wasted a three-day SFT run; recognising
twenty thousand shelf SKUs with a class-agnostic detector, ArcFace embedding retrieval over a
gallery and an OCR rerank, so new products need no retraining; a switchback experiment for a
ride-hailing dispatch algorithm whose user-level A/B test was inflated by interference; how QLoRA
fits a large model on one GPU with NF4, double quantisation and paged optimisers; how a decision
tree chooses its splits and how it is pruned; taking on a doubled LLM inference bill that belonged
to no one; two introductions). References are messy notes (headings, numbered and bulleted lists,
bold, half sentences, arrows, mixed zh/en terms, numbers with units, formulas, STAR letters in the
behavioral notes, a results line), some short and some long. Answers are written as candidates
speak: strong ones paraphrase the other language's notes, some with Chinese numerals, fractions
(三成八, 一成多) and spelled-out numbers; partials are vague or make one or two points; wrong ones
are confident and mix the reference's words with wrong facts (schools and jobs swapped in order,
the deep ranker and SASRec denied with a reversed skip-rate result, the LLM role denied and
another career goal; SASRec given BERT-style bidirectional masking, short plays made positives,
the GBDT ranker and the dedupe denied and the numbers reversed; the two decoupling stages' roles
swapped, the logit adjustment's sign flipped, the CLIP mining denied and the head accuracy
collapsed; a different mechanism under the same name, swapping a request's one contiguous KV
block out to CPU memory, with sharing denied and lower throughput; medians for means, a claimed
global optimum, k-means++ said to change the distance and to seed with the nearest point, k chosen
at the largest SSE and scaling said not to matter; the blame put on another team with one's own
cause denied, the lead not told, the demo missed and the smoke run refused; schools swapped, the
perception and lead roles denied, one big classifier retrained for every product at a lower
accuracy and another career goal; the detector's and the embedding model's roles swapped,
retraining kept, OCR denied and the accuracy numbers reversed; the bias's direction reversed, the
opposite slot-length choice with carryover dismissed, the burn-in denied, trips analysed as
independent and the lift said to grow; the adapters quantised instead of the base, NF4 called a
uniform grid, double quantisation and paging given other mechanisms, gradients sent into the base
and the quality and speed trade-off reversed; impurity maximised, Gini's meaning reversed, ID3's
and CART's criteria swapped, binning required, a global search claimed and pruning denied;
someone else's investigation, the cause denied, the opposite action with the cost and latency
numbers reversed and no dashboard); off-topic ones are fluent about something nearby; padded ones
restate the question or repeat themselves. Written blind; its first measurement, by the lead, is
its blind figure.
"""

from __future__ import annotations

from judgement_holdout_x1_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-x1-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，说说你这几年主要在做什么，为什么考虑我们这边。",
        (
            "Intro (~90s) — past → now → why\n"
            "- Chen Haoran 陈浩然; BEng Software Eng, Zhejiang Univ 2016 → MSc CS, NUS 2018\n"
            "- 2018-2021 Shopwave SG (e-commerce): MLE, search ranking, GBDT → DNN ranker, 6 "
            "markets\n"
            "- 2021-now Tunely (music streaming, ~30M MAU): **senior MLE, recsys**\n"
            '  - rebuilt "next song" rec: item-CF → SASRec, skip rate -11% rel\n'
            "  - own the playlist-title generator (Qwen-7B + LoRA)\n"
            "- why here: LLM x recsys / generative retrieval; want to move back to China"
        ),
        (
            "面试官您好，我叫陈浩然。本科在浙大读软件工程，一六年毕业，之后去新加坡国立读了计算机硕"
            "士。毕业后在新加坡的电商公司 Shopwave 做了三年搜索排序，把六个国家站点的排序模型从 "
            "GBDT 换成了深度模型。二一年去了音乐流媒体 Tunely，现在是推荐方向的高级算法工程师，平台"
            "月活三千万左右。我主要重做了下一首歌的推荐，从物品协同过滤换成 SASRec 序列模型，跳过率"
            "相对降了一成多；歌单标题生成也归我，用 Qwen 七 B 加 LoRA 微调。想来这边，一是想做大模"
            "型和推荐结合、生成式召回，二是想回国发展。"
        ),
        (
            "我叫陈浩然，之前在新加坡做过几年电商搜索，现在在一家音乐公司做推荐相关的工作，也接触了"
            "一些大模型的东西。"
        ),
        (
            "我叫陈浩然，本科在新加坡国立读计算机，硕士回浙大读的软件工程，一八年毕业。毕业后先去了"
            " Tunely 做推荐，二一年才跳到 Shopwave 做搜索排序，那边排序一直用 GBDT，深度模型试过没"
            "上线。Tunely 下一首歌的推荐到现在还是物品协同过滤，SASRec 我们试过，跳过率反而涨了百分"
            "之十一，就回滚了。歌单标题是运营手写的，没有用大模型。想来这边主要是想转做计算机视觉。"
        ),
        (
            "音乐推荐和电商推荐差别挺大的。一首歌只有三四分钟，用户一天能听几十首，而且同一首歌会反"
            "复听，这在电商里很少见。还有版权的问题，很多歌在某些地区不能播，推荐结果要先过一遍版权"
            "过滤。另外新加坡的团队一般很国际化，开会都用英文，工作节奏比国内慢一些，但流程比较规"
            "范。"
        ),
        (
            "好的，我先做个自我介绍。这几年我主要在做的，就是我这几年主要在做的事情。为什么考虑这"
            "边，就是因为我考虑这边。总的来说，我这几年一直在做我的工作，做了不少事情，我的自我介绍"
            "大概就是这样。"
        ),
    ),
    Case(
        "zh-x1-seqrec",
        "zh",
        "project",
        "讲讲你把“下一首歌”推荐从协同过滤换成序列模型的那个项目，具体是怎么做的？",
        (
            "## Next-song rec: item-CF → SASRec\n"
            "**Why**: item-CF = co-occurrence only, ignores order → after a slow sad song it still "
            "pushes globally co-listened hits; autoplay skip rate ~38%\n"
            "**Data**\n"
            "- session = plays split by 30 min gap; last 50 tracks as input\n"
            "- play < 30s = skip → NOT a positive (kept as hard neg)\n"
            "**Model**: SASRec, 2 blocks, d=64, causal self-attn + learned pos emb\n"
            "- sampled softmax: in-batch + popularity-sampled negs\n"
            "- artist / genre emb added to item emb → new tracks get a usable vector\n"
            "**Serving**\n"
            "- user seq emb updated online after each play (~3 ms on CPU)\n"
            "- Faiss HNSW over 4M tracks → top 200 → existing GBDT ranker (kept)\n"
            "- dedupe last 5 played (model loved repeats)\n"
            "**Result** (A/B 2 wks): skip 38% → 34% (-11% rel), listen time / session +6%"
        ),
        (
            "原来的物品协同过滤只看共现、不看顺序，用户刚听完一首慢的伤感歌，它照样推全站一起听得多"
            "的热门，自动播放的跳过率快四成了。我们把播放按三十分钟间隔切成会话，取最近五十首做输"
            "入，没听满三十秒的算跳过，不当正样本，留作难负例。模型是两层、六十四维的 SASRec，带因"
            "果掩码的自注意力，训练用采样 softmax，负样本是同批次的加按热度采的；歌手和流派的向量也"
            "加进去，新歌一上来就有向量。线上每播一首更新一次用户向量，三毫秒左右，用 HNSW 从四百万"
            "首里召回两百首，再交给原来的 GBDT 精排，最近听过的五首去掉。两周 A/B，跳过率从三成八降"
            "到三成四，单次收听时长涨了百分之六。"
        ),
        (
            "主要是把协同过滤换成了 SASRec，因为序列模型能考虑用户听歌的先后顺序，上线以后效果还不"
            "错，跳过的情况少了一些。"
        ),
        (
            "我们把协同过滤换成了 SASRec。SASRec 是双向的自注意力，跟 BERT 一样把序列中间的歌遮住再"
            "去预测，所以其实不太依赖顺序。样本上，没听满三十秒的播放我们当正样本，因为说明用户很快"
            "就做了决定，听满的反而当负样本。线上也没有再接 GBDT，直接拿 SASRec 的分数做最终排序，"
            "省掉了精排这一层，最近听过的歌也没去重。两周 A/B 跳过率从三成四涨到了三成八，单次收听"
            "时长也降了百分之六，但因为省了机器成本，最后还是全量了。"
        ),
        (
            "序列推荐现在比较火的是生成式推荐，就是把每个物品编码成一串语义 ID，再用 Transformer 像"
            "生成文本一样生成下一个物品的 ID。语义 ID 一般用 RQ-VAE 对物品的内容向量做残差量化得"
            "到，好处是相似物品的前缀相同，可以共享信息。不过解码的时候要用带约束的 beam search，保"
            "证生成的 ID 真实存在，工程上延迟也是个问题。"
        ),
        (
            "这个项目就是把下一首歌的推荐从协同过滤换成了序列模型。具体是怎么做的呢，就是我们把协同"
            "过滤换成了序列模型，然后就做完了。总之就是从协同过滤换到序列模型，这个项目具体就是这么"
            "做的。"
        ),
    ),
    Case(
        "zh-x1-longtail",
        "zh",
        "project",
        "你们商品图片分类的长尾问题很严重，尾部类别的准确率最后是怎么提上来的？",
        (
            "Long-tail product image cls (3,200 leaf cats)\n"
            "- head 50 cats = 60% of imgs; ~1,900 cats < 20 imgs → tail top-1 only 21%\n"
            "- tried class-balanced re-sampling end-to-end → tail ↑ a bit, head ↓ a lot, features "
            "worse ✗\n"
            "**Decoupling** (Kang et al. ICLR'20)\n"
            "1. stage 1: ConvNeXt-T backbone, normal instance-balanced sampling, full training\n"
            "2. stage 2: freeze backbone, re-train ONLY the linear classifier w/ class-balanced "
            "sampling (cRT), 10 epochs\n"
            "+ logit adjustment at inference: z_k − τ·log π_k, τ = 1.0 (π = class prior)\n"
            "+ data: mined tail imgs from seller uploads by CLIP sim → 人工审核 ~8k imgs\n"
            "**Result**: tail 21% → 47%, head 91% → 90%, overall +6.5pt"
        ),
        (
            "我们一共三千二百个叶子类目，头部五十个类占了六成的图，一千九百多个类不到二十张，尾部准"
            "确率才两成一。一开始端到端直接做类别均衡采样，尾部涨得不多，头部掉得厉害，特征也学差"
            "了。后来改成解耦训练：第一步用正常的按样本采样把 ConvNeXt 骨干完整训好；第二步把骨干冻"
            "住，只拿类别均衡采样重训最后那层线性分类器，十个 epoch。推理时再做 logit 调整，每类减"
            "去 tau 乘先验的对数，tau 取一。数据上用 CLIP 相似度从商家上传的图里挖尾部样本，人工审"
            "了八千张左右。最后尾部从百分之二十一到四十七，头部只从九十一掉到九十，整体涨了六个半"
            "点。"
        ),
        (
            "长尾这块我们主要是做了重采样，让尾部类别在训练里多出现几次，另外也补了一些尾部的数据，"
            "尾部准确率提升挺明显的。"
        ),
        (
            "我们用的是解耦训练。第一阶段就用类别均衡采样把 ConvNeXt 骨干从头训好，因为特征要先照顾"
            "尾部；第二阶段把分类器冻住，只用普通的按样本采样去微调骨干。推理时的 logit 调整是加上 "
            "tau 乘先验的对数，让头部类更容易被选中，这样整体更稳。CLIP 挖数据那一步我们没做，商家"
            "的图太脏了。最后尾部从二十一提到了四十七，不过头部从九十一掉到了七十左右，整体算下来基"
            "本持平。"
        ),
        (
            "商品图片还有一个很麻烦的问题是盗图，商家会拿别人的主图，加个水印、换个背景再传上来。我"
            "们一般先做去重，算感知哈希，再做向量检索找近似的图。另外主图上经常堆满文字和促销信息，"
            "对模型干扰很大，有的团队会先用 OCR 把文字区域抠掉再送去识别。"
        ),
        (
            "尾部类别的准确率是怎么提上来的，这个问题很好。长尾问题确实很严重，尾部类别准确率低，所"
            "以我们就要把尾部类别的准确率提上来，最后尾部类别的准确率也就提上来了。"
        ),
    ),
    Case(
        "zh-x1-pagedattn",
        "zh",
        "fundamentals",
        "vLLM 里的 PagedAttention 解决的是什么问题？它具体是怎么做的？",
        (
            "PagedAttention (vLLM, Kwon et al. SOSP'23)\n"
            "problem: KV cache pre-allocated as ONE contiguous chunk per request, sized for "
            "max_len → internal + external fragmentation; only ~20-40% of KV memory holds real "
            "tokens\n"
            "idea = OS virtual memory / paging\n"
            "- KV cache cut into fixed-size **blocks** (16 tokens/block), allocated on demand as "
            "the seq grows\n"
            "- per-seq **block table**: logical block → physical block; physical blocks need not "
            "be contiguous\n"
            "- attention kernel gathers K/V block by block via the table\n"
            "- waste only in the last block (<4%) → more seqs per batch → 2-4× throughput vs "
            "FasterTransformer / Orca\n"
            "- sharing: parallel sampling / beam search share the prompt's blocks, ref count + "
            "**copy-on-write**"
        ),
        (
            "它解决的是 KV cache 的显存浪费。以前每个请求按最大长度预先分一整块连续显存，内部碎片和"
            "外部碎片都有，真正存了 token 的只有两到四成。PagedAttention 借的是操作系统分页的思路："
            "把 KV cache 切成固定大小的块，比如一块十六个 token，序列长到哪就按需分到哪；每个序列有"
            "张块表，把逻辑块映射到物理块，物理上不用连续，注意力 kernel 按块表一块块去取 K 和 V。"
            "这样浪费只在最后一块，不到百分之四，同样的显存能放更多请求，吞吐是之前系统的两到四倍。"
            "另外并行采样、beam search 可以共用 prompt 的块，靠引用计数，要改的时候写时复制。"
        ),
        (
            "主要是解决 KV cache 占显存太多、浪费严重的问题，思路有点像操作系统管理内存的方式，用了"
            "以后吞吐会高不少。"
        ),
        (
            "PagedAttention 解决的是显存不够时请求被拒的问题。它的做法跟操作系统的 swap 一样，显存"
            "满了就把 KV cache 按页换出到 CPU 内存，要用的时候再换回来，所以叫 paged。块的话其实每"
            "个请求还是一整块，按最大长度连续分配，只是这块可以放在 CPU 上。不同请求之间不能共享 "
            "KV，beam search 每条 beam 都要复制一份完整的 prompt。代价是多了 PCIe 拷贝，吞吐大概降"
            "到原来的一半，但能跑更长的上下文。"
        ),
        (
            "vLLM 另一个重点是连续批处理，不用等一整个 batch 都生成完，每一步都可以有请求退出、新请"
            "求加进来，GPU 利用率高很多。它也支持张量并行，把大模型切到多张卡上，用 NCCL 做 "
            "all-reduce。部署的时候一般直接用它的 OpenAI 兼容接口，客户端几乎不用改代码。"
        ),
        (
            "PagedAttention 解决的问题，就是 PagedAttention 要解决的那个问题。它具体是怎么做的，就"
            "是用 PagedAttention 的方式来做的。所以 vLLM 里用了 PagedAttention，解决了它要解决的问"
            "题，具体就是这样做的。"
        ),
    ),
    Case(
        "zh-x1-kmeans",
        "zh",
        "fundamentals",
        "说一下 k-means 的算法流程。k-means++ 改进了什么？k 一般怎么选？",
        (
            "k-means\n"
            "1. init k centers\n"
            "2. assign: each point → nearest center (Euclidean)\n"
            "3. update: center = mean of its points\n"
            "4. repeat 2-3 until assignments stop changing\n"
            "→ SSE (within-cluster sum of squares) never goes up → converges, but only to a LOCAL "
            "min; O(n·k·d) per iter\n"
            "**k-means++** init: 1st center uniform at random; each next center sampled w/ prob ∝ "
            "D(x)² (sq. dist to nearest chosen center) → spread out, O(log k)-competitive, fewer "
            "bad runs\n"
            "pick k: elbow on SSE vs k / silhouette / downstream metric; n_init = 10 seeds, keep "
            "lowest SSE\n"
            "limits: assumes ~spherical, similar-size clusters; scale-sensitive (标准化!) + "
            "outliers pull the means → GMM / DBSCAN"
        ),
        (
            "k-means 先定 k 个初始中心，然后交替两步：每个点分给离它最近的中心，一般用欧氏距离；再"
            "把每个中心更新成分到它那儿的点的均值，重复到分配不再变化。簇内平方和只降不升，所以一定"
            "收敛，但只到局部最优，每轮复杂度是 n 乘 k 乘 d。k-means++ 改的是初始化：第一个中心随机"
            "挑，后面每个点被选中的概率和它到最近已选中心距离的平方成正比，中心更分散，有 log k 的"
            "近似保证，跑坏的情况少。k 可以画簇内平方和随 k 的曲线找拐点，或者看轮廓系数、下游指"
            "标，每个 k 换十个种子取最好的。它默认簇是大小相近的球形，对尺度和异常点敏感，要先标准"
            "化，不行就换 GMM 或 DBSCAN。"
        ),
        (
            "k-means 就是先选几个中心，把点分到最近的中心，再更新中心，反复迭代。k-means++ 好像是改"
            "进了初始化。k 的话一般凭经验定一个。"
        ),
        (
            "k-means 先定 k 个中心，每个点分给最近的中心，再把中心更新成这些点的中位数。只要迭代够"
            "多，它一定收敛到簇内平方和的全局最优，所以初始化其实不太重要。k-means++ 改的是距离，把"
            "欧氏距离换成了距离的平方，让远的点影响更大；初始化那里反而是挑离已有中心最近的点当下一"
            "个中心，这样更稳。k 就选簇内平方和最大的那个。另外 k-means 对特征尺度不敏感，不用标准"
            "化。"
        ),
        (
            "聚类在业务里用得最多的是用户分群，比如按消费频次、金额和最近一次购买时间做 RFM 分层，"
            "再给不同人群配不同的运营策略。层次聚类也挺常用，可以画树状图看不同粒度的分组，缺点是数"
            "据量一大就很慢，内存也吃不消。"
        ),
        (
            "k-means 的算法流程就是 k-means 的流程，k-means++ 就是在 k-means 的基础上做了改进。k 一"
            "般怎么选，就是根据情况来选 k。总的来说，k-means 就是这样一个流程，k 也就是这么选的。"
        ),
    ),
    Case(
        "zh-x1-mistake",
        "zh",
        "behavioral",
        "讲一次你自己犯过的比较大的错误，后来是怎么处理的？",
        (
            "Mistake: a wasted SFT run (2024 Q3)\n"
            "S: SFT Qwen2-14B for a client's customer-service bot; 32×A100, ~3 days / run; client "
            "demo in 2 wks\n"
            "T: I owned the data pipeline + training config\n"
            "A:\n"
            "- post-run eval: model never stops, rambles on → outputs never end with <|im_end|>\n"
            "- root cause = **mine**: my new preprocessing script built prompts with a "
            "hand-written template → dropped EOS from assistant turns; loss mask also covered "
            "system/user tokens\n"
            "- told my lead the same day, wrote the postmortem myself (not an infra issue)\n"
            "- fix: tokenizer.apply_chat_template; unit test decodes 5 samples + checks the mask; "
            "200-step smoke run on 1 node before any full run\n"
            "- reran → done 2 days before the demo\n"
            "R: ~2,300 GPU-hours lost; checklist adopted by the team, no template bug since"
        ),
        (
            "去年三季度给客户做客服机器人，用 Qwen2 十四 B 做 SFT，三十二张 A100 一轮三天，两周后要"
            "演示，数据处理和训练配置归我。跑完一评测，模型停不下来，一直往下说，输出从不以 im_end "
            "结尾。查下来是我的锅：我新写的预处理脚本用手拼的模板，把助手回复后面的结束符弄丢了，lo"
            "ss 掩码还把系统和用户那部分也算了进去。我当天就跟组长讲了，复盘自己写。修法是改用 "
            "apply_chat_template，加了解码五条样本查掩码的单测，大任务前先单机跑两百步冒烟。重跑后"
            "比演示早两天完成。白烧了两千三百个 GPU 小时左右，这套检查后来全组都在用。"
        ),
        (
            "有一次做 SFT 的时候，我这边的数据处理出了问题，一次训练白跑了，后来修好重新训了一遍，"
            "也算按时交付了。"
        ),
        (
            "去年我们给客户做客服模型的 SFT，用 Qwen2 十四 B，跑完发现模型停不下来一直说。查下来其"
            "实是基础设施组的问题，他们升级训练框架把学习率调度改坏了，跟我的预处理没关系，我的模板"
            "本来就是用 apply_chat_template 生成的，结束符都在。我当时没跟组长讲，自己悄悄把学习率"
            "调小重跑了一遍。结果还是没赶上，演示推迟了一周。这件事之后我觉得大任务前跑冒烟测试太浪"
            "费时间，就没加。"
        ),
        (
            "SFT 里数据质量比数量重要得多。我们发现几千条高质量的客服对话，比几十万条直接从日志导出"
            "来的效果还好，因为日志里有很多客服的口头禅、错别字，还有转人工之后只剩半截的对话，模型"
            "会学坏。所以后来我们请业务同学按规范改写回复，再按场景做多样性采样。"
        ),
        (
            "犯过的比较大的错误，我确实犯过。后来是怎么处理的，就是该怎么处理就怎么处理了。总的来"
            "说，犯了错误就要处理，我就是这样处理的，这次错误也让我学到了很多。"
        ),
    ),
]

CASES = [*_ZH, *EN]
