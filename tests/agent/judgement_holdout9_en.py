"""The English half of held-out set 9 (see judgement_holdout9.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
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
