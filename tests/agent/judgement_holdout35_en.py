"""The English half of held-out set 35 (see judgement_holdout35.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h35-intro",
        "en",
        "self_intro",
        "Tell me a bit about yourself and the work you've been doing.",
        (
            "Intro ~90s: Daniel Okafor, BSc CS Manchester '15, MSc ML UCL '16\n"
            "Ledgerly (fintech) 2016-19: 1st ML eng, fraud models, batch scoring + first model "
            "registry\n"
            "Northwind Retail 2019-now, ML platform, lead of 3 since '21: feature serving + "
            "deployment (~140 models), drift monitoring -> triggered retrain, deploy time 3 wks -> "
            "2 days, inference cost -45% (CPU int8 + batching)\n"
            "why here: LLM serving at scale, you run your own models"
        ),
        (
            "Sure. I'm Daniel Okafor. I did my undergrad in computer science at Manchester, "
            "finishing in 2015, and then a one-year master's in machine learning at UCL. My first "
            "job was at a fintech called Ledgerly, where I was the first ML engineer; I worked on "
            "fraud models and ended up building the batch scoring jobs and our first model "
            "registry. In 2019 I moved to Northwind Retail onto the ML platform team, and I've led "
            "a team of three there since 2021. We own real-time feature serving and model "
            "deployment for around a hundred and forty production models. I built the drift "
            "monitoring and the retraining it triggers, and we got the time to deploy a new model "
            "down from about three weeks to two days. We also cut inference cost by almost half, "
            "mostly with int8 on CPU and batching. I'm here because I want to work on LLM serving "
            "at real scale, and you run your own models."
        ),
        (
            "I'm Daniel. I've been an ML engineer for about eight years, first in fintech and now "
            "on a platform team at a retailer, mostly deployment and infrastructure work."
        ),
        (
            "I'm Daniel Okafor. I did my master's at Manchester and my undergrad at UCL, and I "
            "started at Northwind Retail in 2016 before moving to Ledgerly in 2019. At Ledgerly I "
            "joined a large ML team, so I wasn't the first engineer, and the model registry was "
            "already there when I arrived. On the platform side I'm an individual contributor, I "
            "don't lead anyone, and we run about fourteen models. Deployment still takes around "
            "three weeks; we never really got that down, and inference cost actually went up when "
            "we moved everything to GPUs. I'm looking to move into computer vision research."
        ),
        (
            "Retail is a surprisingly interesting place for machine learning. Demand forecasting "
            "drives almost everything: how much stock each store orders, how many people are "
            "scheduled on a shift, which products get promoted. The hard part is that promotions "
            "and holidays create spikes the history barely covers, so forecasters spend a lot of "
            "time on calendars and on how one product's promotion cannibalises another's sales."
        ),
        (
            "Sure, a bit about myself and the work I've been doing. I'm someone who has been doing "
            "work, and the work I've been doing is the work I've done. So that's a bit about me, "
            "and about my work, and about what I've been doing with it."
        ),
    ),
    Case(
        "en-h35-drift",
        "en",
        "project",
        (
            "How did you find out when your production model was degrading? Walk me through the "
            "drift monitoring you built."
        ),
        (
            "## Drift monitoring - listing categorisation model (2022)\n"
            "Context: text+image classifier, new listings -> ~4k categories, ~2M listings/day. "
            "True labels late: seller corrections (daily) + weekly audit of 5k\n"
            "Why: acc fell 91% -> 84% over ~3 months, nobody noticed (new brands, seasonal items, "
            "new seller app changed title format)\n"
            "**Signals**\n"
            "1. input: per-feature stats (title len, language, image size, price) - JS distance vs "
            "4-wk reference window\n"
            "2. **embedding drift via domain classifier**: log. regression ref vs today's "
            "embeddings; AUC 0.5 = no drift, > 0.65 -> alert\n"
            "3. output: predicted category mix + mean top-1 confidence per category\n"
            "4. proxy label: seller correction rate per category; audit = weekly ground truth\n"
            "**Alerting**: warn -> dashboard only; critical (2 signals, 3 days running) -> page + "
            "retrain candidate\n"
            "Retrain is triggered, not scheduled; new model shadowed 48 h before swap\n"
            "Result: title-format change caught in 1 day (previously ~6 wks); acc kept >= 89%; ~1 "
            "false alert / month after tuning"
        ),
        (
            "This was our listing categorisation model, text plus image, putting about two million "
            "new listings a day into roughly four thousand categories. True labels come late, from "
            "seller corrections and a weekly audit of five thousand items, and accuracy had slid "
            "from ninety-one to eighty-four percent over three months before anyone noticed. So we "
            "watched four layers. Inputs: simple per-feature stats like title length, language, "
            "image size and price, compared with a four-week reference window by Jensen-Shannon "
            "distance. Embeddings: every day a small logistic regression tries to tell the "
            "reference embeddings from today's; if it can't, the AUC sits near a half, and above "
            "about point six five we alert. Outputs: the mix of predicted categories and the "
            "average top-one confidence per category. And a proxy label, the seller correction "
            "rate per category, with the weekly audit as ground truth. Warnings only go to a "
            "dashboard; we page when two signals stay red for three days. That triggers retraining "
            "rather than a schedule, and the new model runs in shadow for two days before the "
            "swap. Afterwards a title-format change was caught in a day instead of six weeks, and "
            "accuracy stayed above eighty-nine."
        ),
        (
            "We tracked the distributions of the input features and of the model's predictions, "
            "alerted when they shifted, and retrained the model when the alerts fired."
        ),
        (
            "We relied mostly on the true labels: the weekly audit gave us accuracy quickly, so "
            "input drift wasn't something we needed to monitor. For the embeddings we used a "
            "domain classifier too, but read the other way round: an AUC near a half meant strong "
            "drift, and we alerted below point three five. We paged on any single signal on the "
            "first day, which was noisy, so we ended up retraining every night on a fixed schedule "
            "and swapping the new model straight in, with no shadow period. The seller correction "
            "rate turned out to be useless as a proxy, so we dropped it. The title-format change "
            "from the new seller app still took about six weeks to spot, and accuracy went down to "
            "about eighty-four anyway."
        ),
        (
            "Categorisation at a marketplace has a lot of labelling problems. Sellers sometimes "
            "pick the wrong category on purpose to land in less competitive ones, so their choices "
            "are noisy labels. The taxonomy itself keeps changing as merchandisers split and merge "
            "categories, so you need a mapping between old and new versions before you can even "
            "compare two models. We also found that a few hundred top categories carry most of the "
            "traffic, so we weighted evaluation by views."
        ),
        (
            "We found out when the production model was degrading by monitoring whether it was "
            "degrading. The drift monitoring I built monitored drift, so when there was drift, the "
            "monitoring told us about the drift. That's how we knew the model was degrading, "
            "through the drift monitoring that I built to monitor it."
        ),
    ),
    Case(
        "en-h35-distill",
        "en",
        "project",
        (
            "You mention compressing an ad relevance model for production. How did you do it, and "
            "what did it cost in quality?"
        ),
        (
            "Ad relevance model compression (2023)\n"
            "- teacher: 12-layer BERT-base cross-encoder (query, ad) -> relevance; T4 GPU serving, "
            "P99 38 ms @ 5k QPS, cost too high\n"
            "- target: CPU, P99 < 10 ms, NDCG@5 drop < 0.5 pt\n"
            "1. **distill**: student 6 layers (init from teacher layers 2,4,...,12)\n"
            "   loss = MSE(student logit, teacher logit) + 0.5 * hidden-state MSE\n"
            "   transfer set = 60M unlabelled query-ad pairs from logs, scored by teacher (human "
            "labels only 200k)\n"
            "2. **prune**: attention heads by importance |grad x activation| -> drop 40% of heads; "
            "FFN 3072 -> 1536\n"
            "   iterative, 3 rounds, re-distil after each round\n"
            "3. dynamic int8 on CPU\n"
            "Result: 110M -> 45M params, P99 8 ms on CPU, NDCG@5 -0.3 pt, serving cost -70%, A/B "
            "revenue neutral (+0.1%, n.s.)\n"
            "Lesson: the unlabelled transfer set mattered more than student size (student on the "
            "200k labels only: -2.1 pt)"
        ),
        (
            "The teacher was a twelve-layer BERT-base cross-encoder scoring query-ad pairs. On T4 "
            "GPUs it had a P99 of thirty-eight milliseconds at five thousand QPS, which was just "
            "too expensive. The goal was CPU serving under ten milliseconds, losing less than half "
            "a point of NDCG at five. First we distilled into a six-layer student initialised from "
            "every other teacher layer, matching the teacher's logits with an MSE loss plus a "
            "smaller hidden-state term. The key was the transfer set: we only had two hundred "
            "thousand human labels, so the teacher scored sixty million unlabelled query-ad pairs "
            "from the logs. Then we pruned: each attention head got an importance score from "
            "gradient times activation, we removed about forty percent of them and halved the "
            "feed-forward width, over three rounds with re-distillation after each. Finally "
            "dynamic int8 on CPU. We went from a hundred and ten million parameters to about "
            "forty-five, eight milliseconds P99 on CPU, NDCG down only point three, and serving "
            "cost down seventy percent, with revenue flat in the A/B test. A student trained on "
            "the human labels alone lost over two points, so the unlabelled data mattered more "
            "than its size."
        ),
        (
            "We distilled the big BERT model into a smaller student and pruned it a bit, then ran "
            "it on CPU. Quality dropped a little, but the latency was fine."
        ),
        (
            "We went the other way round: we pruned first, and distillation never really worked "
            "for us. The student was trained only on our two hundred thousand human labels, "
            "because teacher scores on unlabelled log pairs just copied the teacher's mistakes, so "
            "there was no transfer set. For pruning we removed attention heads at random, about "
            "forty percent in one shot with no retraining afterwards, and kept the feed-forward "
            "layers at full width since they barely matter for latency. We stayed on GPU because "
            "int8 on CPU lost too much accuracy. In the end we lost about one and a half points of "
            "NDCG, P99 was around twenty milliseconds, and revenue dropped two percent in the A/B "
            "test, so it only went out for low-value traffic."
        ),
        (
            "For ad relevance the labelling guidelines were the hardest part. Raters disagreed a "
            "lot on partial matches, say a query for running shoes and an ad for running socks, so "
            "we moved from a binary label to a four-point scale with examples for each grade. We "
            "also ran a weekly calibration session where raters labelled the same fifty pairs and "
            "talked through their disagreements, which pushed inter-rater agreement up noticeably."
        ),
        (
            "We compressed the ad relevance model for production by making it smaller, so that it "
            "was compressed. How we did it was by compressing it, and what it cost in quality was "
            "the quality cost of compressing it. So the model was compressed for production, with "
            "some cost, which is what compression costs."
        ),
    ),
    Case(
        "en-h35-int8",
        "en",
        "fundamentals",
        (
            "What's the difference between dynamic and static int8 quantisation, and what is "
            "calibration for?"
        ),
        (
            "Dynamic vs static int8 (post-training, CPU)\n"
            "- weights: int8 in both, offline, per-channel scales\n"
            "- x_q = round(x / s) + z ; s = (max - min) / 255\n"
            "- **dynamic**: activation scale computed at run time per batch (min/max of the "
            "tensor)\n"
            "    -> no calibration data; small overhead for scales; good for Linear in "
            "Transformers / LSTMs (quantize_dynamic, ORT dynamic)\n"
            "- **static**: activation scales fixed ahead of time from a **calibration** set\n"
            "    * ~100-1000 representative samples; observers record ranges (min-max / percentile "
            "/ entropy-KL)\n"
            "    * fuse conv+bn+relu, int8 end to end -> faster, esp. CNNs\n"
            "- calib data must match prod distribution; outliers -> clip at 99.99th pct\n"
            "- still too much acc drop -> QAT (fake quant + STE)"
        ),
        (
            "In both cases the weights are converted to int8 ahead of time, usually with a scale "
            "per output channel. The difference is the activations. With dynamic quantisation the "
            "activation scale is worked out on the fly for each batch from that tensor's min and "
            "max, so you need no calibration data, but you pay a little at run time to compute the "
            "scales. It suits the linear layers in Transformers and LSTMs; that's what "
            "quantize_dynamic or ONNX Runtime's dynamic mode does. With static quantisation the "
            "activation scales are fixed in advance, and that's what calibration is for: you push "
            "a few hundred to a thousand representative inputs through the model, observers record "
            "each tensor's range, by min-max, a percentile or an entropy method, and that becomes "
            "the scale. Then you can fuse layers and stay in int8 end to end, which is faster, "
            "especially for CNNs. The calibration data has to look like production traffic, and "
            "clipping at a high percentile helps with outliers. If accuracy still drops too much, "
            "you move to quantisation-aware training with fake quantisation and a straight-through "
            "estimator."
        ),
        (
            "Dynamic quantisation works out the activation ranges at run time, while static fixes "
            "them in advance using some calibration data. Static is usually faster."
        ),
        (
            "Dynamic quantisation is the one that needs calibration: you run a few hundred samples "
            "once to fix the activation scales, and it's dynamic in the sense that the weights "
            "stay in floating point and are only quantised on the fly in each forward pass. Static "
            "quantisation quantises everything at run time per batch, so it needs no data at all, "
            "which is why it's the slower one. Calibration is really just for the weights; "
            "activations never need a scale. For outliers you should always use plain min-max, "
            "because percentile clipping throws information away, and quantisation-aware training "
            "isn't worth it since it can't beat post-training quantisation."
        ),
        (
            "On CPU a lot of the speed comes from things other than precision. Setting the number "
            "of intra-op threads to match the physical cores, pinning processes to cores and "
            "avoiding oversubscription when several model workers share a machine often gives you "
            "as much as quantisation. A better memory allocator like jemalloc helps under load, "
            "and for short inputs, grouping requests by length so you don't pad everything to the "
            "maximum saves a lot of wasted compute."
        ),
        (
            "The difference between dynamic and static int8 quantisation is that one is dynamic "
            "and the other is static. Calibration is for calibrating. So dynamic int8 is dynamic, "
            "static int8 is static, and calibration does the calibration that quantisation needs."
        ),
    ),
    Case(
        "en-h35-repro",
        "en",
        "fundamentals",
        (
            "You set every random seed and still get different results between two training runs "
            "on GPU. Why, and what does it take to make a run reproducible?"
        ),
        (
            "Reproducible training\n"
            "seeds: python `random`, numpy, torch + cuda (all devices); DataLoader: worker_init_fn "
            "+ generator\n"
            "still differs on GPU b/c:\n"
            "- atomicAdd in some kernels (scatter_add, index_add, some conv backward) -> float add "
            "order changes -> not associative -> tiny diffs, grow over steps\n"
            "- cuDNN autotuner (benchmark=True) may pick a different algorithm each run\n"
            "- different #GPUs / batch split -> different all-reduce order\n"
            "fix: torch.use_deterministic_algorithms(True), cudnn.deterministic = True, benchmark "
            "= False, CUBLAS_WORKSPACE_CONFIG=:4096:8 -> ~10-20% slower\n"
            "    bitwise same only on same hw + sw\n"
            "beyond seeds: pinned env (container image, lib versions), data snapshot hash, config "
            "+ git commit logged in tracker\n"
            "in practice: bitwise determinism for debugging; for results >= 3 seeds, mean ± std"
        ),
        (
            "Seeds only fix the random numbers, not the order of floating-point arithmetic. Some "
            "CUDA kernels, like scatter-add, index-add and some convolution backward passes, "
            "accumulate with atomic adds, so the order of the additions changes from run to run, "
            "and since float addition isn't associative you get tiny differences that grow over "
            "training. The cuDNN autotuner can also pick a different algorithm each time, and a "
            "different number of GPUs changes the order of the all-reduce. To make it "
            "deterministic you seed Python, NumPy and torch on all devices, give the data loader a "
            "seeded generator and a worker init function, turn on torch's deterministic "
            "algorithms, set cuDNN to deterministic with benchmarking off, and set the cuBLAS "
            "workspace variable. That costs maybe ten to twenty percent of speed, and it's only "
            "bit-identical on the same hardware and software. Beyond seeds you want the "
            "environment pinned in a container, a hash of the data snapshot, and the config and "
            "git commit logged in an experiment tracker. In practice I keep bitwise determinism "
            "for debugging, and for reporting results I run at least three seeds and give the mean "
            "and standard deviation."
        ),
        (
            "Some GPU operations are non-deterministic, so results vary a little even with the "
            "same seed. You can turn on deterministic mode in PyTorch, but it's slower."
        ),
        (
            "If the seeds are really all set, two runs on GPU are always bit-identical, so a "
            "difference means you missed a seed somewhere, usually NumPy's. Floating-point "
            "addition is associative, so the order of additions inside kernels doesn't matter. You "
            "should turn cuDNN benchmark mode on, because it locks in the fastest algorithm and "
            "makes runs repeatable. Deterministic algorithms in torch cost nothing in speed, and "
            "once they're on you get the same result on any GPU type and any number of GPUs. Given "
            "that, there's no need to run several seeds; a single run with fixed seeds is enough "
            "to report a result, and logging the data version isn't necessary once the seed is "
            "fixed."
        ),
        (
            "For comparing models fairly I care more about evaluation hygiene. The test set should "
            "be frozen early and nobody should tune on it, hyperparameter searches need the same "
            "budget for every candidate, and when two models are close, a paired bootstrap over "
            "test examples tells you whether the gap is real. I also like keeping a small set of "
            "hand-picked hard examples that every new model is checked on before anyone looks at "
            "the aggregate metrics."
        ),
        (
            "Even with every random seed set, two training runs on GPU can give different results, "
            "and the reason is that the results are different. To make a run reproducible, it "
            "takes whatever is needed to reproduce it. So a reproducible run is one you can "
            "reproduce, and that's what it takes."
        ),
    ),
    Case(
        "en-h35-oom-help",
        "en",
        "behavioral",
        (
            "Tell me about a time you helped another team with a problem that wasn't really yours "
            "to solve."
        ),
        (
            "STAR - getting research's 13B fine-tune to fit\n"
            "S: 2023, research team's 13B full fine-tune kept OOMing on our 8x A100 40GB node; "
            "their plan = wait ~6 wks for 80GB cards\n"
            "T: I'm platform, not their project -> offered to get it running on existing hw\n"
            "A:\n"
            "  - profiled first (torch.cuda memory snapshot): fp32 Adam states + master weights = "
            "12 B/param = 156 GB -> dominant; plain DDP replicates them on every GPU\n"
            "  - DeepSpeed **ZeRO-3** + bf16; gradient checkpointing every layer; micro-batch 1 x "
            "grad accum 16 -> same global batch\n"
            "  - found eval loop kept full-vocab logits for the whole val set on GPU -> streamed "
            "loss\n"
            "  - wrote a 1-page memory checklist\n"
            "R: training in 3 days; ~28% lower throughput (checkpointing), accepted; model shipped "
            "~5 wks earlier; checklist reused by 2 other teams"
        ),
        (
            "Last year a research team's thirteen-billion-parameter full fine-tune kept running "
            "out of memory on our eight A100 40-gig node, and their plan was to wait about six "
            "weeks for 80-gig cards. I was on the platform team, so it wasn't my project, but I "
            "offered to get it running on what we had. I profiled it first instead of guessing. "
            "The biggest chunk was the fp32 Adam state and master weights, about a hundred and "
            "fifty-six gigabytes, and plain DDP copies all of that onto every GPU. So we moved to "
            "DeepSpeed ZeRO stage three with bf16, turned on gradient checkpointing for every "
            "layer, and used a micro-batch of one with sixteen accumulation steps so the global "
            "batch didn't change. I also found the eval loop was keeping the full-vocabulary "
            "logits for the whole validation set on the GPU, so we computed the loss as a stream "
            "instead. It was training within three days, roughly a quarter slower because of "
            "checkpointing, which they accepted, and the model shipped about five weeks earlier. I "
            "wrote the steps up as a memory checklist, and two other teams have used it since."
        ),
        (
            "A research team couldn't fit their fine-tuning job on our GPUs. I helped them turn on "
            "some memory-saving options like gradient checkpointing, and it started working."
        ),
        (
            "A research team's thirteen-billion-parameter fine-tune kept running out of memory on "
            "our A100 node. It was their project, so I told them the right call was to wait for "
            "the 80-gig cards and didn't get involved; a colleague on my team looked at it later. "
            "The memory was mostly activations, not optimizer state, so ZeRO wouldn't have helped, "
            "and they kept plain DDP. They did try gradient checkpointing, but it made the run "
            "about three times slower, so they turned it off and cut the model down to seven "
            "billion instead. The eval loop wasn't an issue. It took about six weeks in the end, "
            "the model shipped late, and nobody wrote anything up afterwards."
        ),
        (
            "Working across teams goes best when there's a clear interface. On the platform team "
            "we publish a quarterly roadmap, run office hours twice a week, and ask teams to file "
            "requests through a form with a priority and a deadline, so we can plan instead of "
            "reacting to whoever shouts loudest. We also rotate one engineer each sprint to handle "
            "incoming requests, which protects everyone else's focus time."
        ),
        (
            "Sure, a time I helped another team with a problem that wasn't really mine to solve. "
            "There was a problem, it wasn't mine, and I helped the other team with it anyway. So "
            "that's the time I helped another team with a problem that wasn't really my problem to "
            "solve."
        ),
    ),
]
