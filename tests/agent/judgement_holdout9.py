"""A ninth held-out set: twelve questions written blind, not yet measured.

Written (six zh and six en, four stages, five answers each) by someone who did not read
the estimator's rules or its scores on any set, on topics no other set uses (LSTM gates,
transaction isolation levels, an ad budget pacing project, taking over an unfamiliar
codebase, the proudest piece of work, the CAP theorem, Bloom filters, a demand
forecasting model, an LLM content-moderation pipeline, pushing back on a stakeholder, two
introductions). References are messy notes (headings, numbered and bulleted lists, bold,
half sentences, mixed zh/en terms, numbers, STAR letters in some behavioral notes).
Answers are written as candidates speak: strong ones paraphrase; partials are vague or
make one or two points; wrong ones are confident and mix the reference's words with wrong
facts (a wrong mechanism, roles swapped, wrong numbers, steps in the wrong order, a
denial, a reversed comparison, another method, another outcome); off-topic ones are fluent
about something else; padded ones restate the question or repeat themselves. It is first
measured by the lead on the session's final code (benchmarks/_judgement_scores.py); that
first figure is the blind one, and it belongs in no threshold test.
"""

from __future__ import annotations

from judgement_set import Case

_ZH = [
    Case(
        "zh-h9-lstm",
        "zh",
        "fundamentals",
        "LSTM 的几个门分别是干什么的？它为什么比普通 RNN 更能记住长距离信息？",
        "## LSTM\n"
        "普通 RNN 问题：h_t = tanh(W h_{t-1} + U x_t)，反传时连乘 → 梯度消失/爆炸，"
        "超过 ~10 步基本记不住\n"
        "**三个门（都是 sigmoid，输出 0~1）**\n"
        "1. 遗忘门 f_t：决定旧的 cell state 留多少\n"
        "2. 输入门 i_t：决定新候选信息 g_t（tanh）写进去多少\n"
        "3. 输出门 o_t：决定 cell 里的东西输出多少到 h_t\n"
        "c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t ；h_t = o_t ⊙ tanh(c_t)\n"
        "关键：cell state 是**加法**更新，梯度沿 c 走的时候主要乘 f_t，f≈1 时几乎不衰减"
        "（constant error carousel）\n"
        "tips：遗忘门 bias 初始化成 1；GRU 是简化版，两个门（update / reset）",
        "LSTM 比普通 RNN 多了一条 cell state，然后用三个门来控制它，门都是过 sigmoid 的，"
        "所以值在零到一之间，可以理解成一个开关的开度。遗忘门管的是上一步的 cell 要保留多少，"
        "输入门管的是这一步新算出来的候选信息要写进去多少，输出门决定 cell 里的内容有多少"
        "拿出来作为这一步的隐状态。为什么能记得久：普通 RNN 每一步都要乘一次权重再过 tanh，"
        "反向传播的时候是一长串连乘，很快就消失或者爆炸了；LSTM 的 cell 是用加法更新的，"
        "上一步的 c 乘遗忘门再加上新内容，梯度顺着 c 往回走主要就是乘遗忘门，"
        "遗忘门接近一的时候几乎不衰减。实践上遗忘门的偏置一般初始化成一。"
        "GRU 算是简化版，只有更新门和重置门两个。",
        "LSTM 就是加了几个门嘛，遗忘门、输入门、输出门，能控制信息流，"
        "所以长序列效果比 RNN 好一些。",
        "LSTM 有三个门，遗忘门是决定这一步的新输入要忘掉多少，输入门决定上一步的 cell "
        "保留多少，输出门是用 ReLU 激活的，可以输出大于一的值。它能记住长距离信息主要是因为 "
        "cell state 是乘法更新的，每一步都乘一个权重矩阵，所以信息能一直传下去。"
        "遗忘门的 bias 一般初始化成 0 或者负数，避免一开始记太多。GRU 比 LSTM 多一个门，"
        "一共四个。",
        "序列建模现在基本都是 Transformer 了，self-attention 可以并行，任意两个位置之间距离都是 "
        "1，训练的时候用 teacher forcing，推理用 beam search，beam 一般设 4 到 5，"
        "再加个长度惩罚。",
        "LSTM 的几个门是干什么的，就是 LSTM 里面有几个门，这几个门分别干各自的事情。"
        "为什么比普通 RNN 更能记住长距离信息，因为它是 LSTM 不是普通 RNN，"
        "所以它就更能记住长距离的信息，门就是干这个的。",
    ),
    Case(
        "zh-h9-isolation",
        "zh",
        "fundamentals",
        "数据库事务的隔离级别有哪几种？MySQL 默认是哪个？",
        "事务隔离级别（SQL 标准 4 种，从低到高）\n"
        "- 读未提交 RU：能读到别人没提交的 → **脏读**\n"
        "- 读已提交 RC：解决脏读，但同一事务两次读结果可能不同 → 不可重复读（Oracle / PG 默认）\n"
        "- 可重复读 RR：**MySQL InnoDB 默认**，解决不可重复读；标准里还有幻读，InnoDB 用 MVCC "
        "快照读 + next-key lock（记录锁+间隙锁）基本挡住\n"
        "- 串行化 Serializable：全加锁，最安全最慢\n"
        "MVCC：undo log 版本链 + ReadView；RC 每次 select 生成新 ReadView，RR 只在第一次生成\n"
        "级别越高并发越差",
        "标准里一共四种，从低往高是读未提交、读已提交、可重复读、串行化。"
        "读未提交能看到别的事务还没提交的数据，会有脏读；读已提交把脏读解决了，"
        "但同一个事务里前后两次查同一行可能不一样，就是不可重复读，Oracle 和 Postgres "
        "默认是这个。MySQL 的 InnoDB 默认是可重复读，按标准这一级还会有幻读，"
        "不过 InnoDB 快照读靠 MVCC，当前读靠 next-key lock，就是行锁加间隙锁，"
        "大部分幻读都挡住了。串行化就是全加锁，最安全但是最慢。MVCC 的实现是 undo log "
        "串成版本链再加 ReadView，区别在于读已提交每次查询都生成新的 ReadView，"
        "可重复读只在事务里第一次查询的时候生成一次。总体来说级别越高，并发越差。",
        "有四种吧，读未提交、读已提交、可重复读、串行化，MySQL 默认应该是可重复读。",
        "隔离级别有四种，MySQL InnoDB 默认是读已提交，Oracle 默认是可重复读。"
        "读已提交这一级就已经没有幻读了，可重复读主要是解决脏读的。MVCC 的话，"
        "可重复读是每次 select 都生成一个新的 ReadView，读已提交是整个事务只生成一次。"
        "串行化其实不加锁，是靠 MVCC 实现的，所以性能和可重复读差不多。",
        "MySQL 性能优化的话，我一般先开慢查询日志，用 explain 看执行计划，type 是 ALL "
        "就说明全表扫描了。索引要注意最左前缀原则，联合索引中间断了后面就用不上，"
        "还有就是避免回表，尽量用覆盖索引。",
        "隔离级别有哪几种呢，就是事务有几种隔离的级别，每种级别隔离的程度不一样。"
        "MySQL 默认是哪个，MySQL 默认就是它默认的那个隔离级别，"
        "就是事务的隔离级别有好几种，嗯，就是这几种。",
    ),
    Case(
        "zh-h9-project-pacing",
        "zh",
        "project",
        "说说你做的广告预算平滑（pacing）项目，你主要做了什么？",
        "项目：效果广告 budget pacing（2022.03 - 2022.12）\n"
        "背景：很多广告主日预算上午 10 点前就花完了，下午晚上没曝光，ROI 差，投诉多\n"
        "**我负责**：pacing 算法 + 线上 AB\n"
        "- 老方案：概率节流 throttling，按固定比例丢请求\n"
        "- 新方案：按历史流量曲线把日预算拆成 96 个 15 分钟的时间片，每片有目标花费\n"
        "- PID 控制：实际花费 vs 目标花费的偏差 → 调整参竞概率 / 出价系数，每 5min 更新一次\n"
        "- 冷启动广告主没历史 → 用同行业大盘曲线\n"
        "结果（AB 两周，10% 流量）：预算提前耗尽的计划占比 38% → 9%，广告主 ROI +6.5%，"
        "平台收入基本持平（-0.3%）\n"
        "坑：流量突增（大促）时 PID 超调 → 加了积分项限幅",
        "这个项目是因为好多广告主的日预算上午十点前就花光了，下午和晚上根本没曝光，ROI "
        "不好，投诉也多。我负责算法和线上实验。以前的做法是按固定比例随机丢一部分请求，"
        "比较粗。我们改成先按历史的流量曲线，把一天的预算切成九十六个十五分钟的小段，"
        "每段有个目标花费，然后用 PID 控制器，看实际花的和目标差多少，去调参竞的概率和出价系数，"
        "五分钟调一次。新广告主没有历史数据，就先用同行业的大盘曲线顶着。"
        "AB 开了百分之十的流量跑两周，预算提前花完的计划从百分之三十八降到九左右，"
        "广告主的 ROI 涨了六个多点，平台收入基本没掉。中间遇到大促流量突然涨，"
        "PID 会超调，后来给积分项加了上下限才稳住。",
        "主要是让广告主的预算别一下子花完，均匀一点花到一整天里，我负责其中的算法部分，"
        "上线以后效果还可以。",
        "我们是把一天的预算平均切成二十四份，每小时花一样多，没参考历史流量。控制这块用的是 "
        "PID，不过调的是广告的 CTR 预估值，一小时才更新一次。冷启动的广告主我们直接不做 "
        "pacing。AB 跑了一天，全量流量，预算提前耗尽的比例从 38% 降到了 30%，"
        "广告主 ROI 没什么变化，但是平台收入涨了 15%，主要是因为出价抬高了。",
        "广告这块我之前主要做 CTR 预估，模型从 LR 换到 DeepFM，再到 DIN，"
        "特征有用户画像、广告侧特征和上下文特征，离线 AUC 从 0.72 提到 0.75，"
        "线上 CTR 涨了 4% 左右。",
        "广告预算平滑项目，就是把广告的预算做平滑，pacing 就是平滑的意思。我主要做了什么，"
        "我主要就是做了这个预算平滑，让预算平滑一点，就是 pacing 项目，主要是这样。",
    ),
    Case(
        "zh-h9-beh-takeover",
        "zh",
        "behavioral",
        "有没有接手过一个完全不熟悉的系统？你是怎么上手的？",
        "接手陌生系统 —— 结算对账服务\n"
        "S：负责人离职，交接只有 2 天，Go 写的，我之前写 Python；文档几乎没有，"
        "每月 1 号要跑月结\n"
        "T：3 周内能独立值班 + 保证月结不出错\n"
        "A：\n"
        "1. 先跑起来：本地搭环境，拿上个月的数据回放一遍\n"
        "2. 从**入口和数据流**看，不逐行读；画了一张模块图 + 表关系图\n"
        "3. 把前任留的 20 多条告警挨个查清楚是干嘛的，写成 runbook\n"
        "4. 跟财务同事约了两次，搞清楚对账规则（业务比代码重要）\n"
        "5. 先修小 bug 建立信心，大改动一律先补测试\n"
        "R：第 3 周开始独立值班，月结 0 差错；文档后来给新人用，上手从 1 个月 → 1 周",
        "有，之前接过一个结算对账的服务。原来的负责人离职了，交接就两天，代码是 Go 写的，"
        "我之前主要写 Python，文档基本没有，而且每个月一号要跑月结，不能出错。"
        "我给自己定的目标是三周内能自己值班。做法上，第一件事是先让它在本地跑起来，"
        "拿上个月的真实数据回放一遍；然后我不是一行一行读代码，而是顺着入口和数据流走，"
        "画了一张模块图和表之间的关系图。前任留下二十几条告警，我一条一条搞清楚是什么意思，"
        "整理成了 runbook。我还专门找财务同事聊了两次，把对账规则弄明白，"
        "因为这种系统业务比代码更重要。上手阶段我只修小 bug，大的改动都先补测试再动。"
        "结果第三周就开始自己值班了，月结没出过差错，那份文档后来新人也在用，"
        "上手时间从一个月缩到一周左右。",
        "接手过，我一般就是先看代码、看文档，不懂的就去问之前负责的同事，慢慢就熟悉了。",
        "接手过一个结算对账服务。我的做法是先把所有代码从头到尾逐行读完，"
        "大概读了一个月，读完之前没敢跑。对账规则我没去问财务，觉得看代码就够了。"
        "前任的告警太多了，我直接全关掉了，只留了两条。熟悉之后我第一件事就是把整个服务用 "
        "Python 重写了一遍，没补测试，结果第一次月结就对不上账，差了几十万，"
        "后来花了两个月才稳定下来。",
        "我觉得学一门新语言最快的办法是做项目，比如学 Go，我先看了 Go 语言圣经，"
        "然后用 goroutine 和 channel 写了个爬虫，又用 gin 写了个小的 web 服务，"
        "大概两周就能上手了。",
        "有没有接手过完全不熟悉的系统，有的，接手过。怎么上手的，就是接手了以后慢慢上手，"
        "一个完全不熟悉的系统，接手了就要上手，上手了就熟悉了，就是这样上手的。",
    ),
    Case(
        "zh-h9-beh-proud",
        "zh",
        "behavioral",
        "你工作里最有成就感的一件事是什么？",
        "最有成就感：把离线训练平台的排队时间打下来\n"
        "- 背景：组里 40 多个人抢 32 张 A100，平均排队 **6 小时**，大家半夜起来提交任务\n"
        "- 我主动提的（不是分配的任务）\n"
        "- 做法：① 统计了一个月的作业日志，发现 45% 的 GPU 时间是调试任务占着不释放 "
        "② 加了空闲检测，GPU 利用率 <5% 超过 30min 自动回收 ③ 调试和正式训练分队列，"
        "小任务优先 ④ 每周发利用率报表\n"
        "- 结果：排队从 6h → 40min，整体利用率 52% → 81%，年底拿了团队贡献奖\n"
        "- 成就感来自：解决了**所有人**的痛点，而不只是自己的",
        "最有成就感的是把我们组训练平台的排队时间降下来了。当时组里四十多个人抢三十二张 "
        "A100，平均要排六个小时，很多人半夜爬起来提任务。这事不是分给我的，是我自己提的。"
        "我先把一个月的作业日志拉出来分析，发现将近一半的 GPU 时间被调试任务占着，"
        "人走了卡也不放。所以我加了一个空闲检测，利用率低于百分之五超过半小时就自动回收；"
        "又把调试和正式训练拆成两个队列，小任务优先调度；每周再发一份利用率的报表。"
        "最后排队从六个小时降到四十分钟左右，整体利用率从五成出头提到八成多，"
        "年底还拿了个团队贡献奖。成就感主要是因为这解决的是所有人的问题，不只是我自己的。",
        "应该是优化了我们组 GPU 的使用吧，之前大家排队很久，后来好了很多，同事都挺感谢我的。",
        "最有成就感的是我们组申请到了更多的 GPU，从三十二张 A100 加到了六十四张，"
        "排队时间自然就下来了。这个是 leader 分配给我的任务，我主要负责写申请材料和采购流程。"
        "我们没做什么调度上的改动，空闲回收也没加，因为大家觉得会误杀任务。"
        "排队从六个小时降到了三个小时，利用率反而从 81% 降到了 52%。",
        "我平时比较喜欢跑步，去年跑完了第一个全马，成绩四小时十分。"
        "训练的时候每周跑四次，周末一次长距离，坚持了大半年，我觉得这个过程挺锻炼意志力的。",
        "最有成就感的一件事，就是让我觉得很有成就感的那件事。工作里面有很多事情，"
        "最有成就感的就是这一件，因为它让我很有成就感，所以是最有成就感的。",
    ),
    Case(
        "zh-h9-intro",
        "zh",
        "self_intro",
        "简单介绍一下你自己吧。",
        "自我介绍（控制在 1.5min）\n"
        "- 李静，浙大 统计学 硕士，2021 毕业\n"
        "- 第一份：蚂蚁 风控数据分析 → 1.5 年，做反套现策略\n"
        "- 现在：某电商 数据科学家，负责**定价和促销效果评估**，因果推断（DID / 合成控制 / "
        "uplift）\n"
        "- 亮点：优惠券 uplift 模型，同样预算下 GMV +3.2%\n"
        "- 想找：偏算法的增长 / 因果推断方向",
        "面试官您好，我叫李静，浙大统计学硕士，二一年毕业。毕业后先去了蚂蚁，"
        "做了一年半风控的数据分析，主要是反套现的策略。后来到现在这家电商做数据科学家，"
        "负责定价和促销效果的评估，用得比较多的是因果推断那一套，比如 DID、合成控制，"
        "还有 uplift 模型。比较有代表性的是做了一个优惠券的 uplift 模型，"
        "同样的预算下 GMV 多了三个点左右。接下来想找偏算法一点的增长或者因果推断方向的岗位。",
        "我叫李静，学统计的，现在在电商公司做数据分析这一块。",
        "我叫李静，浙大计算机本科，一九年毕业，一直在字节做推荐算法工程师，"
        "主要做的是短视频的精排模型，没有做过数据分析。这次想转去做风控方向。",
        "我最近在看因果推断的书，比如《Causal Inference: The Mixtape》，"
        "里面讲 DID 的平行趋势假设讲得很清楚，我觉得因果推断在业务里会越来越重要，"
        "因为相关性并不等于因果。",
        "好的，简单介绍一下我自己。我自己的话，简单来说，就是我自己，"
        "简单介绍一下就是这样，以上就是我简单的自我介绍。",
    ),
]

_EN = [
    Case(
        "en-h9-cap",
        "en",
        "fundamentals",
        "What does the CAP theorem say, and how does it affect the databases you pick?",
        "CAP (Brewer, 2000; proved Gilbert & Lynch 2002)\n"
        "- C = consistency (every read sees the latest write, i.e. linearizable)\n"
        "- A = availability (every request to a non-failed node gets a response)\n"
        "- P = partition tolerance (system keeps working when the network drops messages "
        "between nodes)\n"
        "**Partitions will happen** in any distributed system -> real choice is C vs A "
        "*during* a partition\n"
        "- CP: refuse / error on the minority side (ZooKeeper, etcd, HBase)\n"
        "- AP: keep answering, maybe stale, reconcile later (Cassandra, DynamoDB default, "
        "CouchDB)\n"
        "- no partition -> trade-off is latency vs consistency (PACELC)\n"
        "picking: payments / locks -> CP; carts, feeds, counters -> AP is usually fine",
        "CAP says a distributed store can't give you all three of consistency, availability "
        "and partition tolerance at once. Consistency here means linearizable: every read sees "
        "the most recent write. Availability means every node that's still up answers every "
        "request. Partition tolerance means the system keeps going when the network between "
        "nodes loses messages. The thing people miss is that partitions aren't optional, the "
        "network will split sometimes, so the real decision is what you give up while it's "
        "split. A CP system like ZooKeeper or etcd will refuse requests on the minority side "
        "rather than return something stale; an AP system like Cassandra keeps answering and "
        "sorts out conflicts afterwards. When there's no partition you're really trading "
        "latency against consistency, which is what PACELC adds. So for payments or "
        "distributed locks I'd want CP, and for things like a shopping cart or a feed, AP is "
        "usually fine.",
        "It's about consistency, availability and partition tolerance, and you can only have "
        "two of the three. So it depends on what the application needs.",
        "CAP says you can have all three of consistency, availability and partition "
        "tolerance as long as you run at least three replicas, and most systems simply drop "
        "partition tolerance because partitions are rare in a modern data centre. ZooKeeper "
        "and etcd are the classic AP systems, they always answer, and Cassandra is CP. "
        "Consistency in CAP means the same thing as the C in ACID, that transactions keep the "
        "constraints valid. For payments I'd pick an AP store because it's faster.",
        "When I pick a database I mostly look at the data model and the query patterns. If "
        "it's relational with joins I go with Postgres, if it's documents with a flexible "
        "schema MongoDB, and for time series something like TimescaleDB or InfluxDB. I also "
        "check managed offerings, backups and how big the community is.",
        "So what does the CAP theorem say? The CAP theorem says what the CAP theorem says, "
        "and it affects the databases you pick because you pick databases according to CAP. "
        "So CAP affects which database you pick, that's what the theorem says.",
    ),
    Case(
        "en-h9-bloom",
        "en",
        "fundamentals",
        "How does a Bloom filter work, and what are its limits?",
        "Bloom filter\n"
        "bit array of m bits, all 0, + k independent hash functions\n"
        "- add(x): set bits h1(x)..hk(x) to 1\n"
        "- query(x): all k bits 1 -> *maybe* present; any bit 0 -> **definitely not**\n"
        "=> false positives yes, false negatives never\n"
        "FP rate ~ (1 - e^(-kn/m))^k; optimal k = (m/n) ln 2; ~10 bits/element -> ~1% FP\n"
        "limits: can't delete (counting Bloom filter fixes it, 4-bit counters), can't list "
        "the elements, FP rate climbs as it fills, size must be planned up front\n"
        "uses: LSM trees (RocksDB / Cassandra skip SSTables), cache penetration, crawler "
        "seen-URLs",
        "It's a bit array, say m bits all starting at zero, plus k different hash functions. "
        "To add an item you hash it k times and set those k bits to one. To check an item you "
        "hash it the same way: if any of those bits is zero it was definitely never added, and "
        "if they're all one it's probably there, but it could be other items that happened to "
        "set the same bits. So you get false positives but never false negatives. The false "
        "positive rate depends on bits per element and the number of hashes; roughly ten bits "
        "per item with the right k gets you about one percent. The limits: you can't delete, "
        "because clearing a bit might erase someone else's, unless you use a counting variant "
        "with small counters; you can't enumerate what's in it; and the error rate climbs as it "
        "fills up, so you have to size it in advance. RocksDB and Cassandra use them to skip "
        "reading SSTables that can't contain a key, and people use them in front of a cache "
        "against lookups for keys that don't exist.",
        "It's a probabilistic structure for checking membership, it uses hashing and it's very "
        "space-efficient, but it can give you wrong answers sometimes.",
        "A Bloom filter stores a hash of each element in a sorted array, and a lookup does a "
        "binary search for it. It can give false negatives but never false positives, so if it "
        "says an item is there, it's definitely there. Deleting is easy, you just set the bit "
        "back to zero. The more hash functions you use the better, so people usually go with "
        "thirty or forty, and you get about one percent error with one bit per element. "
        "Databases like RocksDB use it to compress the SSTables.",
        "For membership checks at scale we normally just use a Redis set, or a hash table in "
        "memory. Redis sets give you O(1) SADD and SISMEMBER, you can expire keys, and if it "
        "gets too big you shard it across a cluster with consistent hashing.",
        "How does a Bloom filter work? A Bloom filter works the way a Bloom filter works, it "
        "filters things. And its limits are the limits that a Bloom filter has, so it works "
        "like a filter, with limits, that's how a Bloom filter works.",
    ),
    Case(
        "en-h9-project-forecast",
        "en",
        "project",
        "Walk me through the demand forecasting model you built. What was your part?",
        "Demand forecasting - grocery chain, 2023\n"
        "Problem: ordering per store x SKU done by hand, waste on fresh 11%, stockouts on "
        "promos\n"
        "My part: features + model + backtesting; the ordering UI was another team\n"
        "1. data: 2y daily sales, 180 stores x ~4k SKUs, promos calendar, holidays, weather\n"
        "2. baseline = seasonal naive (same weekday last week) -> hard to beat on fresh!\n"
        "3. one global LightGBM across all series (not one model per SKU), lag 7/14/28, "
        "rolling means, promo flags, price\n"
        "4. **rolling-origin backtest**, 8 folds, never shuffle time\n"
        "5. metric WAPE; quantile loss for P50 + P90 (P90 drives safety stock)\n"
        "result: WAPE 34% -> 24% vs seasonal naive; fresh waste 11% -> 8.5% in the pilot "
        "(20 stores, 10 weeks)\n"
        "gotcha: stockout days look like zero demand -> masked them in training",
        "This was for a grocery chain where every store ordered every product by hand, so "
        "they threw away about eleven percent of fresh food and still ran out during "
        "promotions. I owned the features, the model and the backtesting; another team built "
        "the ordering screen. We had two years of daily sales for 180 stores and a few "
        "thousand products each, plus the promo calendar, holidays and weather. First I set up "
        "the dumb baseline, same weekday last week, which is surprisingly hard to beat on "
        "fresh items. The model was a single LightGBM trained across all the series rather "
        "than one model per product, with lags of one, two and four weeks, rolling averages, "
        "promo flags and price. I evaluated it with a rolling-origin backtest over eight "
        "folds, never shuffling time, using WAPE, and trained quantile versions for the median "
        "and the 90th percentile, since the 90th sets safety stock. One catch: days when an "
        "item was out of stock look like zero demand, so I masked those out of training. WAPE "
        "went from 34 to 24 percent against the baseline, and in a ten-week pilot in twenty "
        "stores fresh waste dropped from eleven to about eight and a half percent.",
        "I built a model that predicts how much of each product a store will sell, mostly "
        "with gradient boosting, and it did better than what they had before.",
        "I trained a separate ARIMA model for every store and product, about seven hundred "
        "thousand models, and tuned them with a random train/test split of the days. "
        "Stockout days we kept as they were, since zero sales is real data. We reported "
        "accuracy as RMSE only and predicted a single number, no quantiles. Compared with the "
        "seasonal naive baseline WAPE went from 24 to 34 percent, and we rolled it out to all "
        "180 stores at once without a pilot. I also built the ordering screen myself.",
        "At that company I also worked on customer segmentation. We clustered loyalty-card "
        "customers with k-means on RFM features, recency, frequency and monetary value, ended "
        "up with six segments, and marketing used them to target email campaigns, which "
        "lifted open rates a bit.",
        "So the demand forecasting model I built, my part in it. I built a demand forecasting "
        "model, a model that forecasts demand, and my part was building the demand forecasting "
        "model. That's the model, and that was my part in building it.",
    ),
    Case(
        "en-h9-project-moderation",
        "en",
        "project",
        "Tell me about the content moderation pipeline you built with an LLM.",
        "LLM moderation for a marketplace (listings + messages), ~2M items/day\n"
        "Why: keyword rules + old BERT classifier missed scams in paraphrase, 40-person human "
        "review team overloaded\n"
        "Design (cascade):\n"
        "- tier 1: cheap classifier (distilled from LLM labels) clears ~85% as clearly fine\n"
        "- tier 2: LLM (open 8B, fine-tuned, served w/ vLLM) on the rest, outputs policy label "
        "+ short reason as JSON\n"
        "- tier 3: humans only for low-confidence + appeals\n"
        "- policy written as a rubric with examples, versioned; golden set of 2,500 items "
        "re-labelled by the policy team\n"
        "numbers: recall on scams 61% -> 88% at same precision (~95%), human queue -40%, "
        "cost ~$0.0004/item\n"
        "**my part**: cascade design, the fine-tune, eval harness; not the reviewer tool",
        "It was for a marketplace, listings and chat messages, about two million items a day. "
        "The keyword rules and an older BERT classifier kept missing scams once people "
        "reworded them, and the forty human reviewers were drowning. I designed it as a "
        "cascade. A small, cheap classifier, which we distilled from the LLM's own labels, "
        "goes first and waves through the roughly eighty-five percent that are obviously fine. "
        "What's left goes to a fine-tuned open 8B model served on vLLM, which returns a policy "
        "label and a one-line reason as JSON. People only see the low-confidence cases and the "
        "appeals. The policy itself became a versioned rubric with examples, and the policy "
        "team relabelled about 2,500 items as a golden set we evaluated every change against. "
        "Scam recall went from about sixty to the high eighties at the same precision, around "
        "ninety-five, the human queue shrank by forty percent, and it costs a fraction of a "
        "cent per item. I did the cascade design, the fine-tuning and the evaluation harness; "
        "the reviewer tool was another team's.",
        "We used an LLM to flag bad listings and scam messages, and it caught a lot more than "
        "the old keyword rules did, so the reviewers had less to do.",
        "Every item went straight to GPT-4 through the API, all two million a day, with no "
        "classifier in front, because small models can't be trusted with policy. Humans "
        "reviewed everything the LLM flagged as well as everything it passed. We didn't keep "
        "a golden set, we just checked a few examples by hand after each prompt change. Scam "
        "recall went from 88 to 61 percent, but precision rose a lot, and costs were about "
        "forty cents an item. I mostly built the reviewer tool; the model side was done by "
        "another team.",
        "Prompt injection is the big risk with LLM apps. Someone hides instructions in a web "
        "page or a document and the model follows them, so we separate system and user "
        "content, never give the model tools with side effects without confirmation, and run "
        "red-team suites before each release.",
        "The content moderation pipeline I built with an LLM. It's a pipeline for content "
        "moderation, using an LLM, that I built. So the LLM moderates the content in the "
        "pipeline, and that's the moderation pipeline with the LLM.",
    ),
    Case(
        "en-h9-beh-pushback",
        "en",
        "behavioral",
        "Tell me about a time you said no to a senior stakeholder.",
        "Pushing back on the VP of Sales\n"
        "S: VP wanted a 'churn score' in the CRM for every account by end of quarter, 3 weeks "
        "away; we had no labelled churn data for the enterprise segment (only 40 churned "
        "accounts ever)\n"
        "T: not just say no - give an option that was honest about what the data supports\n"
        "A: - showed him a quick backtest: model on 40 examples ~ coin flip (AUC 0.56)\n"
        "   - proposed instead: rule-based health score (usage drop, support tickets, champion "
        "left) in 3 wks, model later once labels exist\n"
        "   - set up the label logging with CS so that's possible\n"
        "   - wrote it up in 1 page, went to his staff meeting in person\n"
        "R: he agreed; health score shipped on time, CS flagged 9 of the next 12 churns early; "
        "real model 2 quarters later\n"
        "learned: say no with data + an alternative, not just no",
        "Our VP of Sales wanted a churn score for every account in the CRM by the end of the "
        "quarter, which was three weeks away. The problem was the enterprise segment: we'd "
        "only ever had about forty accounts churn, so there was basically nothing to train "
        "on. I didn't want to just refuse, so I did a quick backtest and showed him that a "
        "model on forty examples was close to a coin flip, AUC in the mid fifties. Then I "
        "offered something we could do honestly in three weeks: a rule-based health score "
        "from usage dropping, support tickets piling up and the internal champion leaving, "
        "with a real model later once we had labels. I also worked with customer success to "
        "start logging churn reasons properly so the model would be possible. I put it on one "
        "page and went to his staff meeting in person rather than arguing over email. He went "
        "with it, the health score shipped on time and flagged nine of the next twelve churns "
        "early, and we built the actual model about two quarters later. What I took from it: "
        "when you say no, bring data and an alternative.",
        "Our VP once asked for something I didn't think we could deliver properly in time, so "
        "I explained why and we agreed on a simpler version first.",
        "Our VP of Sales wanted a churn score in three weeks and I said yes straight away, "
        "even though we only had forty churned accounts. I trained a deep model on them "
        "anyway and it reached an AUC of 0.95, so there was no need for a rule-based health "
        "score. I didn't bother with a write-up or meeting him, I just emailed the results. "
        "It shipped on time, but it flagged none of the next twelve churns, and the VP "
        "escalated it to my manager, so we scrapped the project.",
        "I find stakeholder management is mostly about communication cadence. I send a short "
        "weekly update with what shipped, what's blocked and what's next, keep a shared "
        "roadmap in Notion, and do a monthly demo so people see progress instead of reading "
        "about it.",
        "A time I said no to a senior stakeholder. Yes, there was a time when I said no, to a "
        "stakeholder who was senior. So I said no to them, a senior stakeholder, and that was "
        "the time I said no.",
    ),
    Case(
        "en-h9-intro",
        "en",
        "self_intro",
        "Let's start with a short introduction - tell me about yourself.",
        "Intro - Tom Becker\n"
        "- BSc physics, TU Munich (2016); MSc CS part-time while working\n"
        "- 2016-2019 embedded C at Bosch (brake control units, MISRA)\n"
        "- 2019-now ML engineer at a robotics startup (~60 ppl): perception on-device, "
        "**model compression** -> detector from 45 ms to 9 ms on Jetson Orin (TensorRT, INT8, "
        "pruning)\n"
        "- leads 3 engineers since last year\n"
        "- looking for: edge / on-device ML at larger scale",
        "Hi, I'm Tom Becker. I studied physics at TU Munich, finished in 2016, and did a "
        "master's in computer science part-time later on while working. My first job was "
        "three years of embedded C at Bosch, writing software for brake control units, so "
        "very strict coding rules. Since 2019 I've been an ML engineer at a robotics startup "
        "of about sixty people, working on perception that runs on the robot itself. My main "
        "thing there is model compression: I took our object detector from about 45 "
        "milliseconds down to 9 on a Jetson Orin with TensorRT, INT8 and some pruning. Since "
        "last year I also lead a team of three. I'm looking for on-device or edge ML work at a "
        "larger scale.",
        "I'm Tom, I work as a machine learning engineer at a robotics company, and before "
        "that I did some embedded work.",
        "I'm Tom Becker, I studied computer science at ETH Zurich and joined Google Brain "
        "straight after, where I've spent eight years training large language models in the "
        "cloud. I've never done embedded or on-device work and I've never managed anyone, "
        "and I'd now like to move into research on model scaling.",
        "I've always liked robotics. At university I was in the robot soccer team, and these "
        "days I follow the humanoid robot companies closely; I think foundation models for "
        "manipulation are the most exciting thing happening in the field right now.",
        "Sure, a short introduction about myself. So, about myself: this is me, introducing "
        "myself, shortly. That's my short introduction about myself.",
    ),
]

CASES = _ZH + _EN
