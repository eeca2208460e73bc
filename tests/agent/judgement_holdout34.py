"""A thirty-fourth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, in the brief's area of NLP and search relevance and on
angles no other set takes (held-out 8, 12, 16 and 25 and others touch word2vec, noisy labels, BPE,
CRF against HMM, BM25 and cross-encoder reranking): named-entity recognition in Chinese electronic
medical records with dictionary distant supervision that does not count unmatched characters as
negatives, MC-BERT with GlobalPointer for nested entities, silver-then-gold training and a negation
head; query intent and category prediction in a food-delivery app's search from click-share labels,
a BERT teacher distilled into a four-layer TinyBERT, a cached head and city and meal-time features
for ambiguous short queries; what makes Chinese word segmentation hard (overlapping and combination
ambiguity, unknown words, differing standards) and whether BERT still needs it (character input,
whole-word masking, inverted indexes); beam search against greedy decoding, length normalisation,
bland output and too large a beam; keeping paid promotion out of the relevance grades with a
side-by-side review and a boost in the ranking layer; NER for UK court judgments with paralegal gold
labels, regex silver labels, Legal-BERT over sliding windows and citation rules; a bank's
complaint-routing classifier trained on agents' dropdown labels, audited by experts and cleaned with
out-of-fold confident learning, merged categories and generalized cross-entropy; bi-encoders against
cross-encoders, retrieve-then-rerank, distillation and late interaction; how TF-IDF weights terms
and where it fails; one's own preprocessing mismatch between training and serving in a query-intent
launch, rolled back and fixed with a shared package and a token-id check; two introductions.
References are messy notes (headings, numbered and bulleted lists, bold, half sentences, arrows,
mixed zh/en terms, numbers with units, formulas, STAR letters in the behavioral notes, a results
line), some short and some long. Answers are written as candidates speak: strong ones paraphrase,
some with Chinese numerals, spelled-out numbers and fractions; partials are vague or make one or two
points; wrong ones are confident and mix the reference's words with wrong facts (schools swapped
with jobs in the wrong order, reversed numbers, a denied role and another career goal; CRF said to
handle nested entities, unmatched characters counted as negatives, the two training stages in the
wrong order, denied negation handling and a reversed result; hand labels only with teacher and
student swapped, the cache's and the model's roles swapped, denied context features and reversed
numbers; the two ambiguity types swapped, unknown words called easy for dictionaries, word-level
BERT input that needs jieba, a wrong mechanism under whole-word masking's name and indexes said not
to need segmentation; random sampling under beam search's name with no extra cost, the length bias
reversed and a denied search-error caveat; roles swapped with the side-by-side and the test skipped
and the opposite outcome; schools in the wrong order, jobs swapped, a reversed NDCG result, a denied
role and another career goal; gold and silver roles swapped, truncation instead of windows, the
stages in the wrong order, denied rules and the hardest and easiest types swapped; experts blamed
for the noise, in-sample probabilities, relabelling instead of dropping, categories split, the
opposite loss choice and evaluation on agent labels; the two encoders' roles swapped with the
distillation direction reversed and ColBERT given one vector; a reversed IDF with synonyms claimed
and the length bias and log scaling reversed; someone else's fault with no rollback, another cause
and no shared preprocessing or test); off-topic ones are fluent about something nearby; padded ones
restate the question or repeat themselves.

Written blind; its first measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout34_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h34-intro",
        "zh",
        "self_intro",
        "先简单介绍一下你自己吧，重点讲讲你做过的 NLP 相关的工作。",
        (
            "自我介绍（2 min 内；主线：搜索 query 理解 → 医疗 NLP → 想回搜索相关性）\n"
            "- 林书瑶｜武汉大学 计算机 本科 2016 → 复旦 NLP 实验室 硕士 2019（方向：中文分词 / 序列"
            "标注）\n"
            "- 2019–2022 饭点外卖 搜索组\n"
            "  - query 意图识别 + 品类预测；线上 bad case 率 12% → 5%\n"
            "- 2022–至今 康语医疗科技（医疗 NLP）\n"
            "  - 电子病历 NER + 实体归一（→ ICD-10 / 药品库），F1 0.81 → 0.90\n"
            "  - 带 3 人，管标注规范 + 模型上线\n"
            "- 为什么来：想做 **检索 + 大模型** 结合的搜索相关性，回到 C 端搜索"
        ),
        (
            "面试官好，我叫林书瑶。本科在武汉大学读计算机，一六年毕业，然后去复旦的 NLP 实验室读硕"
            "士，研究中文分词和序列标注，一九年毕业。之后在饭点外卖的搜索组待了三年，主要做搜索词的"
            "意图识别和品类预测，线上的 bad case 比例从百分之十二左右降到了百分之五。二二年我转到康"
            "语医疗科技做医疗 NLP，做病历里的实体识别，再把识别出来的实体对齐到 ICD-10 编码和药品库"
            "上，F1 从零点八一做到了零点九。现在带三个人，标注规范和模型上线都归我管。想来这边，是"
            "因为我还是想回到面向用户的搜索，做检索和大模型结合起来的相关性。"
        ),
        (
            "我叫林书瑶，硕士读的是 NLP 方向，之前在一家外卖公司做搜索，现在在一家医疗公司做病历相"
            "关的东西，想换个方向试试。"
        ),
        (
            "我叫林书瑶，本科在复旦读的计算机，硕士去武汉大学读的，方向是机器翻译，一九年毕业。毕业"
            "以后先去了康语医疗科技做病历的实体识别，F1 原来是零点九，后来换了数据掉到零点八一。二"
            "二年才跳到饭点外卖的搜索组做意图识别，bad case 率从百分之五涨到了十二，主要是品类变多"
            "了。我一直是个人贡献者，没带过人，标注规范也是产品在管。想来这边主要是想转做计算机视"
            "觉。"
        ),
        (
            "医疗 NLP 这个方向其实挺特殊的，病历里的缩写和口语化写法特别多，同一个病在不同医院的写"
            "法都不一样。而且数据不能出医院，模型基本都要在院内私有化部署，算力也有限，所以很多时候"
            "用不了太大的模型，只能用小一点的模型再加规则。另外医生的时间很贵，请他们来看数据的成本"
            "比一般外包高很多。"
        ),
        (
            "好的，我简单介绍一下我自己。我自己的话就是这样一个人，做过的 NLP 相关的工作就是 NLP 相"
            "关的工作。重点讲的话，重点就是 NLP，我做的就是 NLP 相关的。总的来说，这就是我的自我介"
            "绍，也就是我做过的 NLP 相关的工作。"
        ),
    ),
    Case(
        "zh-h34-emr-ner",
        "zh",
        "project",
        "讲讲你做的电子病历命名实体识别项目吧，数据和模型具体是怎么做的？",
        (
            "## 电子病历 NER（2023）\n"
            "**目标**：出院小结 / 病程记录 → 抽 疾病、症状、药品、手术、检查、部位 6 类实体 → 下游"
            "结构化 + 病历质控\n"
            "**难点**\n"
            "- 标注贵：医生标 1 份病历 ~20 min，一共只标了 1,200 份\n"
            "- **嵌套实体**：“左肺上叶腺癌”（疾病）里套着“左肺上叶”（部位）→ BIO 表示不了\n"
            "- 否定 / 不确定：“否认高血压”“考虑肺炎可能”\n"
            "**做法**\n"
            "1. 远程监督：ICD-10 词典 + 药品库 → 自动匹配 4 万份病历做弱标注；词典 precision "
            "高、recall 低 → 没匹配上的字**不当负例**（partial label loss）\n"
            "2. 模型：MC-BERT（医疗语料继续预训练）+ **GlobalPointer**（对每个 span 打分，天然支持"
            "嵌套），替掉原来的 BiLSTM-CRF\n"
            "3. 两阶段：先在弱标注上训 → 再在 1,200 份人工标注上 fine-tune\n"
            "4. 否定单独一个分类头：实体 span → 肯定 / 否定 / 不确定\n"
            "**结果**：实体 F1 0.81 → 0.90；嵌套实体 recall 0.52 → 0.84；上线后质控人工复核量 -40%"
        ),
        (
            "这个项目是从出院小结和病程记录里抽六类实体，疾病、症状、药品、手术、检查和身体部位。难"
            "点有三个：医生标一份要二十分钟，最后只有一千二百份；实体会互相套着，比如“左肺上叶腺癌”"
            "是疾病，里面的“左肺上叶”又是部位，普通 BIO 标不出来；还有“否认高血压”这种否定。数据上"
            "我们拿 ICD-10 和药品库的词典去匹配了四万份病历当弱标注，词典准但召回低，所以没匹配上的"
            "字不当负样本。模型换成医疗版的 MC-BERT 加 GlobalPointer，给每个片段打分，嵌套自然就解"
            "决了。先在弱标注上训，再用那一千二百份人工数据微调，否定和不确定另加一个分类头。最后 "
            "F1 从零点八一到零点九，嵌套实体召回从五成出头到八成多，人工复核量少了四成。"
        ),
        (
            "就是用 BERT 做病历里的实体识别。因为医生标的数据比较少，我们还用词典自动标了一批数据一"
            "起训，效果提升了挺多的。"
        ),
        (
            "我们还是用的 BiLSTM-CRF，CRF 本身就能处理嵌套实体，像“左肺上叶腺癌”和“左肺上叶”用一套 "
            "BIO 标签就能同时标出来，所以没必要换 GlobalPointer。弱标注是用 ICD-10 和药品库匹配的，"
            "没匹配上的字全部当成负例 O 来训，这样负样本多，模型更稳。训练顺序是先用一千二百份人工"
            "标注训，最后再拿四万份弱标注做微调。否定那块我们没单独处理，“否认高血压”也照样抽成高血"
            "压。最后 F1 从零点九降到零点八一左右，不过质控那边复核量没什么变化。"
        ),
        (
            "病历数据有个很麻烦的地方是隐私。患者姓名、身份证号、住址、电话这些都要先脱敏，我们一般"
            "是正则加一个小模型一起扫，脱完还要抽样人工检查。而且医院的数据基本不能出院，模型只能在"
            "医院机房里私有化部署，很多医院连 GPU 都没有，推理得在 CPU 上跑得动。另外每家医院 HIS "
            "系统导出的格式都不一样，光做数据接入就要花很多时间。"
        ),
        (
            "电子病历命名实体识别项目，就是在电子病历里做命名实体识别。数据和模型具体是怎么做的呢，"
            "数据就是病历的数据，模型就是做实体识别的模型。具体来说，就是把电子病历里的命名实体识别"
            "出来，这个项目就是这么做的，数据和模型都是这样。"
        ),
    ),
    Case(
        "zh-h34-query-intent",
        "zh",
        "project",
        "你们外卖 App 搜索里的 query 意图识别是怎么做的？中间遇到过什么问题？",
        (
            "query 意图识别（外卖搜索，2020–2021）\n"
            "- 任务：query → 意图类型（商家 / 菜品 / 品类 / 活动）+ 400+ 个叶子品类，**多标签**\n"
            "- 标签：点击日志自动标 → 某品类在该 query 下点击占比 > 60% 才算正例；长尾 query 点击太"
            "少 → 人工补标 8k 条\n"
            "- 模型：BERT-base 做 teacher → 蒸馏到 4 层 TinyBERT 上线，P99 < 8 ms\n"
            "- 头部 query（覆盖 ~70% PV）直接查离线词表缓存，模型只管腰部 + 长尾\n"
            "- 问题：短 query 歧义，“苹果”= 水果 / 手机店，“麻辣”= 口味 / 品类 → 加用户城市 + 时段"
            "特征（午餐时段偏菜品）\n"
            "结果：品类准确率 86% → 93%；无结果率 -2.1 pt；下单转化 +1.8%"
        ),
        (
            "意图识别就是判断用户的搜索词是想找商家、找菜、找某个品类还是找活动，同时还要预测四百多"
            "个细品类，可以多选。标签主要从点击日志里来，一个品类在这个词下面的点击占到六成以上才算"
            "正样本；长尾的词点击太少，就人工补了大约八千条。模型先训一个 BERT-base 当老师，再蒸馏"
            "到四层的 TinyBERT 去上线，P99 压在八毫秒以内。头部的高频词大概占七成搜索量，直接查离线"
            "词表，模型只管中间和长尾的。最常见的问题是短词有歧义，“苹果”可能是水果也可能是手机店，"
            "我们就把用户所在城市和时间段当特征加进去。最后品类准确率从八成六到九成三，无结果率降了"
            "两个点左右，下单转化涨了一点八个点。"
        ),
        "我们是用点击日志自动生成标签，训了一个 BERT 的分类模型，线上跑的是蒸馏之后的小模型。",
        (
            "我们的标签全部是人工标的，点击日志噪声太大，基本没用。模型是先训一个四层的小模型当老"
            "师，再把它蒸馏到 BERT-base 上去上线，因为大模型线上效果更好。头部 query 交给模型实时"
            "算，长尾的反而查离线词表，因为长尾量少，缓存得过来。短 query 的歧义其实不多，“苹果”基"
            "本都是水果，所以我们没加城市和时段这些特征。品类准确率从九成三变成了八成六，主要是品类"
            "从四百个加到了上千个。"
        ),
        (
            "外卖搜索跟通用搜索很不一样，它强依赖地理位置，用户只能看到配送范围内的商家，所以召回第"
            "一步往往是按距离圈商家。排序的时候除了相关性，还要看商家是不是在营业、配送要多久、起送"
            "价多少，晚高峰运力紧张的时候还会给送得快的商家加权。另外很多用户根本不搜，直接在首页刷"
            "推荐，推荐的流量其实比搜索还大。"
        ),
        (
            "query 意图识别就是识别 query 的意图。外卖 App 搜索里的 query 意图识别，我们就是去识别"
            "用户搜索的 query 是什么意图。中间遇到过什么问题呢，问题就是意图识别的问题，遇到了就去"
            "解决。整体来说就是这么做的意图识别。"
        ),
    ),
    Case(
        "zh-h34-cws",
        "zh",
        "fundamentals",
        "中文分词主要难在哪里？现在大家都用 BERT 了，还需要分词吗？",
        (
            "中文分词（CWS）\n"
            "**难点**\n"
            "1. 切分歧义：交集型 “结合成分子” → 结合/成/分子 vs 结合/成分/子；组合型 “马上” → 马上"
            "就到 vs 骑在马上\n"
            "2. 未登录词（OOV）：人名、地名、新词、网络用语、领域术语 → 词典法最吃亏，实际错误里占"
            "大头\n"
            "3. 标准不统一：PKU / MSR / CTB 切分粒度不同，换个语料 F1 就掉\n"
            "**方法演进**：词典 + 最大匹配（FMM / BMM / 双向）→ 字级别序列标注 BMES（HMM / CRF）→ "
            "BiLSTM-CRF / BERT\n"
            "**BERT 时代还要不要分词**\n"
            "- 模型侧基本不用：中文 BERT 按字切，WordPiece 对中文几乎都是单字 → 没有分词错误往下传"
            "\n"
            "- 但词信息还有用：**WWM** 全词 mask（预训练时用 LTP 分词，把一个词的字一起 mask）→ 中"
            "文任务普遍 +0.5~1 pt\n"
            "- 工程上仍要分词：倒排索引、关键词提取、query 分析\n"
            "- LLM 的 BPE：词表里很多多字 token，切法和语言学上的词不一致"
        ),
        (
            "难点我觉得主要三个。一是歧义：交集型的像“结合成分子”，可以切成结合、成、分子，也可能错"
            "切成结合、成分、子；组合型的像“马上”，在“马上就到”里是一个词，在“骑在马上”里就得拆开。"
            "二是新词，人名、网络用语、专业术语，词典覆盖不了，实际出错大多在这。三是各家标准不一"
            "样，北大、微软、宾大树库切的粒度都不同。方法上从词典最大匹配，到给每个字打 BMES 标签用"
            " HMM、CRF，再到 BiLSTM 和 BERT。BERT 本身按字输入，模型这边不用先分词，也就没有分词错"
            "误往下传。但词的信息还是有用，比如全词掩码，预训练时把一个词的几个字一起遮住，一般能好"
            "零点几到一个点。工程上建倒排索引、提关键词还是得分词。"
        ),
        (
            "主要难在歧义和新词吧，同一句话可能有好几种切法。BERT 是按字来的，所以一般就不用再分词"
            "了。"
        ),
        (
            "难点主要是歧义。“结合成分子”是组合型歧义，“马上”才是交集型歧义。未登录词其实不算难点，"
            "只要词典够大，最大匹配就能把新词切出来，反而是统计模型处理不好新词。中文 BERT 是按词输"
            "入的，所以用之前必须先用 jieba 分好词，分错了模型就学不好。全词 mask 是微调的时候随机"
            "遮住单个字，跟分词没关系。倒排索引现在也都按单字建了，工程上基本不再需要分词。"
        ),
        (
            "中文文本处理前面还有很多预处理，比如繁简转换、全角半角统一、去掉表情符号和 HTML 标签。"
            "搜索场景里用户经常直接打拼音或者首字母，比如输入“kfc”或者“kendeji”，就要有拼音转汉字的"
            "模块，再加上同音字、形近字的纠错，这些做不好，后面的模型再强也没用。"
        ),
        (
            "中文分词主要难在分词难。因为中文要分词，所以分词就比较难。现在大家都用 BERT 了，还需不"
            "需要分词呢，我觉得要看需不需要分词，需要的话就分词，不需要就不分词。这就是中文分词的难"
            "点和需不需要分词。"
        ),
    ),
    Case(
        "zh-h34-beam-search",
        "zh",
        "fundamentals",
        "讲一下 beam search 的原理，它跟贪心解码比有什么好处，又有什么问题？",
        (
            "beam search\n"
            "- 每一步保留得分最高的 k 条部分序列（beam size = k），每条展开 |V| 个词 → k×|V| 个候选"
            "里再取 top-k；得分 = Σ log p(y_t | y_<t, x)\n"
            "- vs greedy（即 k = 1）：不会因为某一步局部最优错过整体更好的句子；代价 ≈ k 倍计算 + "
            "显存\n"
            "- 问题：① 偏好短句（log p 越加越负）→ 长度归一化 score / len^α，α ≈ 0.6–1 ② 重复、平淡"
            "（“我不知道”）→ 开放式生成改用 top-p / 温度采样 ③ k 不是越大越好，太大 BLEU 反而降\n"
            "- 翻译常用 k = 4~5；仍是近似搜索，不保证全局最优"
        ),
        (
            "beam search 就是解码的时候每一步不只留一个最好的词，而是留分数最高的 k 条候选句子，每"
            "条再接上词表里的每个词，从这 k 乘词表大小个候选里再挑前 k 个，分数是每步对数概率加起"
            "来。贪心其实就是 k 等于一，它的问题是某一步看着最好，整句可能反而更差，beam search 多"
            "看几条路，代价是计算和显存大概多 k 倍。问题也有几个：对数概率是负的，句子越长分越低，"
            "所以它偏爱短句，一般要除以长度的 α 次方，α 取零点六到一；它还容易说重复、很平淡的话，"
            "开放式对话一般改用 top-p 或温度采样；k 也不是越大越好，太大 BLEU 反而会掉，翻译常用四"
            "五。说到底它还是近似搜索，不保证找到全局最优。"
        ),
        (
            "beam search 每一步会保留好几个候选，不像贪心只留一个，所以结果一般会好一点，但是会慢一"
            "些。"
        ),
        (
            "beam search 是每一步从概率最高的 k 个词里随机采样一个，k 就是 beam size，所以它比贪心"
            "多样性更好。它和贪心的区别就在于有随机性，计算量其实一样。beam search 天然偏爱长句子，"
            "因为累加的步数多分就高，所以要乘上长度做惩罚。而且 beam size 越大结果肯定越好，只要 k "
            "够大就一定能找到全局最优的句子，用在对话生成里也不会有重复的问题。"
        ),
        (
            "解码速度这块，现在大模型推理都会用 KV cache，把前面算过的 key 和 value 存下来，每一步"
            "只算新的 token。再往上还有投机解码，用一个小模型先猜几个 token，大模型一次验证，能快两"
            "三倍。服务端还会做连续批处理，把不同请求拼在一起跑，提高 GPU 利用率。"
        ),
        (
            "beam search 的原理就是 beam search 的那个原理，它是一种解码的方法。跟贪心解码比，好处"
            "就是它比贪心解码好的地方，问题就是它有问题的地方。总的来说，beam search 有好处也有问"
            "题，这就是 beam search。"
        ),
    ),
    Case(
        "zh-h34-promo-relevance",
        "zh",
        "behavioral",
        "说一次你和业务方意见不一致的经历，最后是怎么解决的？",
        (
            "**S**：2021 饭点外卖搜索，运营要求把“付费推广”商家在相关性档位里直接提到最高档\n"
            "**T**：我负责相关性模型 + 标注标准；担心搜“牛肉面”出来奶茶店 → 体验差、长期伤搜索\n"
            "**A**：\n"
            "1. 不直接拒：拉 500 条真实 query 做 side-by-side，让运营自己看推广商家被抬上来以后的结"
            "果页\n"
            "2. 替代方案：相关性只判“相不相关”，商业化放到**排序层**加权；相关性低于 2 档（满分 4 "
            "档）的不允许加权\n"
            "3. 小流量 AB 两周，指标双方事先约好\n"
            "**R**：推广曝光 +15%（运营目标达成），不相关投诉没涨，bad case 率持平 3.2%\n"
            "体会：先把分歧变成大家能一起看的数据，再谈方案"
        ),
        (
            "二一年在饭点外卖做搜索的时候，运营希望把买了推广的商家在相关性上直接标成最高档。我当时"
            "负责相关性模型和标注标准，担心用户搜牛肉面，前面冒出来奶茶店，体验很差。我没有直接说不"
            "行，而是挑了五百条真实的搜索词，把推广商家抬上去前后的结果页摆在一起，请运营自己看。然"
            "后提了个折中办法：相关性模型只管相关不相关，商业加权放到排序那一层，而且四档里低于两档"
            "的商家不给加权。我们先开小流量跑了两周，指标是事先一起定好的。结果推广曝光涨了一成五，"
            "运营的目标达到了，不相关的投诉没涨，bad case 率还是三点二左右。我的体会是先把分歧变成"
            "大家都能看的数据，再谈方案。"
        ),
        (
            "有一次运营想让推广商家在搜索里排得更靠前，我觉得会影响相关性，后来商量了一个折中的方"
            "案，做了个实验，大家都能接受。"
        ),
        (
            "那次其实是我主动提的，想把付费推广商家在相关性档位里直接提到最高档，因为推广收入是我们"
            "组的考核指标。反对的是运营，他们担心搜牛肉面出来奶茶店。我觉得拿几百条做 side-by-side "
            "意义不大，也没做 AB，直接全量上了，商业加权和相关性都放在相关性模型里一起做。上线后推"
            "广曝光涨了一成五，但不相关的投诉翻了一倍，bad case 率从三点二涨到六，最后是运营说服我"
            "回滚的。"
        ),
        (
            "我觉得跟业务方合作最重要的是前期对齐目标。我们组后来每个季度初都会和运营、产品一起开规"
            "划会，把双方的 OKR 摆出来，看哪些有冲突，提前定好优先级。平时有周会同步进度，需求统一"
            "走需求池，评估完工作量再排期，这样临时插进来的需求就少了很多。"
        ),
        (
            "和业务方意见不一致的经历是有的。意见不一致的时候，我就想办法去解决，最后也解决了。怎么"
            "解决的呢，就是通过解决意见不一致的方式解决的。总的来说，和业务方意见不一致是常有的事，"
            "最后都能解决。"
        ),
    ),
]

CASES = [*_ZH, *EN]
