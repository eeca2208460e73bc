"""The English half of held-out set 7 (see judgement_holdout7.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h7-gqa",
        "en",
        "fundamentals",
        "What is grouped-query attention, and why do newer LLMs use it?",
        "GQA (grouped-query attention)\n"
        "* MHA: every query head has its own K and V head\n"
        "* MQA: all query heads share ONE K/V head -> tiny KV cache but quality drops\n"
        "* GQA = in between: query heads split into G groups, each group shares one K/V head "
        "(e.g. 32 Q heads, 8 KV heads)\n"
        "* why: decoding is memory-bandwidth bound, KV cache size ~ number of KV heads -> 4x "
        "smaller cache, faster decode, bigger batch\n"
        "* quality close to MHA; can uptrain an MHA checkpoint into GQA by mean-pooling the K/V "
        "heads (Ainslie et al. 2023)\n"
        "used in Llama 2 70B, Llama 3, Mistral",
        "So in normal multi-head attention each query head gets its own key and value head. "
        "Multi-query goes to the other extreme, one shared K/V head for everything, which shrinks "
        "the cache a lot but hurts quality. Grouped-query sits in the middle: you split the query "
        "heads into groups and each group shares a single key/value head, like 32 query heads "
        "over 8 KV heads. The reason people use it is that generation is bound by memory "
        "bandwidth and the KV cache scales with how many KV heads you have, so with 8 instead of "
        "32 the cache is four times smaller, decoding gets faster and you can fit bigger batches. "
        "Quality stays pretty close to full multi-head, and you can even convert an existing "
        "checkpoint by averaging the K/V heads in each group and training a bit more. Llama 2 "
        "70B, Llama 3 and Mistral all use it.",
        "It's a way to make attention cheaper, I think some heads share stuff so the model runs "
        "faster at inference. Llama uses it.",
        "Grouped-query attention groups the tokens of the sequence into blocks, and each block of "
        "queries attends only to the keys inside its own group, like local windowed attention. "
        "That cuts the attention cost from quadratic to linear, so it is mainly a training "
        "speedup, and the KV cache stays the same size as in multi-head attention. Llama 3 uses "
        "8 query heads for every 32 KV heads.",
        "For faster inference we mostly rely on quantization. We ran AWQ 4-bit on our 13B model, "
        "which cut memory by about 60% with under one point of accuracy loss on our eval set, and "
        "we served it with TensorRT-LLM.",
        "Grouped-query attention is, well, attention where the queries are grouped. Newer LLMs use "
        "grouped-query attention because it's grouped-query attention, the queries get grouped, "
        "so that's why they use grouped-query attention.",
    ),
    Case(
        "en-h7-parallelism",
        "en",
        "fundamentals",
        "What's the difference between data, tensor and pipeline parallelism?",
        "Parallelism cheat sheet\n"
        "1) Data parallel (DP/DDP): full model copy on each GPU, different micro-batches, "
        "all-reduce grads after backward. ZeRO/FSDP shard optimizer states, grads, params to cut "
        "the copies\n"
        "2) Tensor parallel (Megatron): split individual weight matrices (column/row split of the "
        "MLP) across GPUs, all-reduce inside every layer -> lots of comm, keep it within one node "
        "(NVLink)\n"
        "3) Pipeline parallel: layers split into stages on different GPUs, micro-batches flow "
        "through so stages overlap; idle time = 'bubble', 1F1B schedule shrinks it\n"
        "- big runs combine all three = 3D parallelism",
        "Data parallel is the simple one: every GPU holds the whole model, each gets a different "
        "slice of the batch, and after the backward pass you all-reduce the gradients. ZeRO or "
        "FSDP go further and shard the optimizer state, gradients and weights so you don't keep "
        "full copies everywhere. Tensor parallelism splits the matrices inside a layer, Megatron "
        "splits the MLP weights by columns and then rows, so every layer needs a collective, which "
        "is a lot of traffic, so you keep it inside a node on NVLink. Pipeline parallelism cuts "
        "the model by layers instead, each group of layers is a stage on its own GPU, and you push "
        "micro-batches through so the stages work at the same time. There's still idle time at "
        "the start and the end, the bubble, and schedules like one-forward-one-backward reduce "
        "it. Large runs use all three together, what people call 3D parallelism.",
        "Data parallel splits the data and the other two split the model somehow. We just used "
        "DDP in our project so I haven't really needed the others.",
        "Data parallelism splits the model's layers across GPUs and each GPU sees the whole batch. "
        "Tensor parallelism splits the input tensor along the batch dimension and needs one "
        "all-reduce at the end of training, which makes it the best choice across nodes. Pipeline "
        "parallelism averages the gradients of each stage after every step, and the bubble is the "
        "memory the activations take up.",
        "On our cluster we use Slurm to schedule jobs, each node has 8 A100s. We had a lot of "
        "trouble with NCCL timeouts, so we added health checks and automatic restarts from the "
        "latest checkpoint, which we save every 30 minutes.",
        "So the difference between data, tensor and pipeline parallelism: data parallelism is "
        "parallel over data, tensor parallelism is parallel over tensors, and pipeline "
        "parallelism is parallel over the pipeline. That's the difference between data, tensor "
        "and pipeline parallelism.",
    ),
    Case(
        "en-h7-project-abtest",
        "en",
        "project",
        "Tell me about the experimentation platform you built.",
        "A/B platform (2022-23)\n"
        "Problem: every team ran tests in spreadsheets, ~3 weeks per experiment, people peeking "
        "at p-values daily\n"
        "My part: owned the stats engine + assignment service\n"
        "- deterministic bucketing: hash(user_id + experiment salt) mod 1000, users stay in "
        "their bucket\n"
        "- CUPED variance reduction w/ pre-period metric -> ~30% less variance, experiments "
        "~1.5 weeks\n"
        "- sample ratio mismatch check (chi-square) flags broken assignment automatically\n"
        "- sequential testing so daily peeking doesn't inflate false positives\n"
        "Result: 40+ experiments / quarter across 6 teams",
        "Before it, each team ran A/B tests out of spreadsheets, a test took about three weeks, "
        "and people would check p-values every morning and stop when it looked good. I owned the "
        "statistics engine and the assignment service. Assignment hashes the user id with a "
        "per-experiment salt into a thousand buckets, so a user always lands in the same arm. On "
        "the stats side I added CUPED, which uses each user's metric from before the experiment "
        "as a covariate; that took out roughly thirty percent of the variance, so tests finished "
        "in about a week and a half. There's an automatic sample-ratio-mismatch check, a "
        "chi-square test, that flags when the split is off, which usually means assignment is "
        "broken. And we moved to sequential testing so looking at results every day doesn't blow "
        "up the false positive rate. By the end six teams were running forty-plus experiments a "
        "quarter on it.",
        "It was a platform for A/B tests. I did the backend and some of the statistics, and it "
        "made experiments faster for the teams.",
        "I built the assignment service, which picks a random bucket for the user on every "
        "request, so traffic is spread evenly. For variance reduction we used CUPED, which drops "
        "the outlier users from the results. The sample ratio mismatch check compares the "
        "conversion rates of the two arms, and we used a fixed-horizon t-test that we checked "
        "daily. Experiments went from three weeks to three days.",
        "The main product metric we cared about was retention, so I built a churn dashboard in "
        "Looker on top of our Snowflake warehouse, with dbt models computing weekly cohorts and "
        "alerts when day-7 retention dropped.",
        "The experimentation platform I built was, yeah, a platform for experimentation. I built "
        "the experimentation platform so that we had an experimentation platform, and that's the "
        "experimentation platform I built.",
    ),
    Case(
        "en-h7-project-asr",
        "en",
        "project",
        "How did you cut the GPU cost of your transcription service?",
        "Transcription cost project\n"
        "**context**: Whisper large-v2 on A10Gs, ~$40k/month, GPUs ~25% utilised\n"
        "- profiled: most time spent padding short clips to 30 s + one request per forward pass\n"
        "- switched to faster-whisper (CTranslate2) with INT8 weights\n"
        "- VAD (silero) to cut silence and split long audio into chunks, then batch chunks across "
        "requests\n"
        "- autoscaling on queue length instead of CPU\n"
        "- checked WER on 2k labelled clips: 8.1% -> 8.4%, product OK'd it\n"
        "result: cost -62%, p50 latency roughly the same",
        "We were running Whisper large-v2 on A10G instances, around forty thousand dollars a "
        "month, and when I profiled it the GPUs sat at about a quarter utilisation. Most of the "
        "waste was padding every short clip up to thirty seconds and running one request per "
        "forward pass. So I moved us to faster-whisper, the CTranslate2 port, with eight-bit "
        "weights, put silero VAD in front to drop the silence and chop long recordings into "
        "chunks, and then batched chunks from different requests together. I also changed the "
        "autoscaling to follow queue depth rather than CPU. Before rolling out I measured word "
        "error rate on about two thousand labelled clips, it went from 8.1 to 8.4 percent, and "
        "product signed off on that. Cost came down about sixty percent and median latency "
        "stayed about where it was.",
        "Mostly we made the model run more efficiently and batched the requests, and the bill "
        "went down quite a bit.",
        "We moved from Whisper large-v2 to Whisper tiny and ran it on CPUs instead of the A10Gs. "
        "We padded every clip to 30 seconds so all batches had the same shape, and autoscaled on "
        "CPU usage. WER went from 8.1% to about 15%, and cost dropped around 95%.",
        "For the transcripts themselves we built a summarization feature: we chunk the "
        "transcript, run each chunk through GPT-4 with a map-reduce prompt, and store the "
        "summaries in Postgres with pgvector so users can search across their meetings.",
        "How did I cut the GPU cost of the transcription service? We cut the GPU cost. The "
        "transcription service cost a lot of GPU, and we cut that GPU cost, so the cost of the "
        "transcription service went down because we cut the GPU cost.",
    ),
    Case(
        "en-h7-beh-incomplete",
        "en",
        "behavioral",
        "Tell me about a time you had to make a decision without all the data you wanted.",
        "Decision w/ incomplete data: OCR vendor EOL\n"
        "- S: OCR vendor announced end-of-life with 6 weeks notice; ~30% of our document "
        "pipeline\n"
        "- options: their new API (pricing unknown), open source (Tesseract/PaddleOCR), another "
        "vendor\n"
        "- no time for a full eval -> took 300 real documents, ran the 3 options in 2 days, "
        "field-level accuracy\n"
        "- PaddleOCR within 2 pts of the vendor, no per-page cost -> chose it, kept the other "
        "vendor as fallback behind a flag\n"
        "- told my manager the risk upfront + review point at week 4\n"
        "- R: migrated in 5 weeks, saves ~$8k/month; fallback used once (handwritten forms)\n"
        "- learned: make the decision reversible, timebox the data gathering",
        "Our OCR vendor told us they were shutting the product down with six weeks' notice, and "
        "it handled about a third of our document pipeline. There were three options: their new "
        "API with no pricing yet, an open-source engine like Tesseract or PaddleOCR, or another "
        "vendor, and no time for a proper evaluation. So I timeboxed it: pulled about three "
        "hundred real documents, ran all three over two days and compared field-level accuracy. "
        "PaddleOCR came within a couple of points of the vendor with no per-page fee, so I went "
        "with it, but kept the other vendor wired in behind a feature flag as a fallback. I was "
        "upfront with my manager about the risk and we agreed to review it at week four. We "
        "finished the migration in five weeks, it saves around eight thousand a month, and the "
        "fallback got used once, for handwritten forms. What I took from it is to make the "
        "decision reversible and to put a hard limit on how long you collect data.",
        "I think you just have to go with your best judgement, gather what you can quickly, and "
        "be ready to change course if it turns out to be wrong.",
        "When the OCR vendor shut down, I waited until we had a full evaluation on ten thousand "
        "documents, which took about three months, and in the meantime that third of the "
        "documents went through manual entry. We picked the other vendor because it was the "
        "cheapest, with no fallback, and I told my manager once the migration was finished.",
        "Document processing is interesting. We used layout models like LayoutLMv3 to pull fields "
        "out of invoices, fine-tuned on about five thousand annotated pages, and post-processed "
        "the dates and amounts with regular expressions.",
        "A time I had to make a decision without all the data I wanted... yes, I had to make a "
        "decision, and I didn't have all the data I wanted, so I made the decision without all "
        "the data. That was the time I made a decision without all the data I wanted.",
    ),
    Case(
        "en-h7-intro",
        "en",
        "self_intro",
        "Could you start by introducing yourself?",
        "intro\n"
        "- Daniel Okafor, 6 yrs total: 4 as data engineer (Spark, Airflow) at a logistics co, 2 "
        "as ML engineer\n"
        "- now: ML eng at a fintech, built the feature store + weekly retraining of credit-risk "
        "models\n"
        "- MSc Statistics, University of Manchester\n"
        "- looking for: ML platform / MLOps role, want to work on serving at scale",
        "Sure. I'm Daniel Okafor. I've been working for about six years, the first four as a "
        "data engineer at a logistics company, mostly Spark and Airflow pipelines, and the last "
        "two as a machine learning engineer at a fintech, where I built our feature store and "
        "set up the weekly retraining of the credit-risk models. Before that I did a master's in "
        "statistics at Manchester. What I'm after now is an ML platform or MLOps role; I'd really "
        "like to work on serving models at scale.",
        "Hi, I'm Daniel, I work in machine learning at a fintech company.",
        "I'm Daniel Okafor. I just finished a PhD in computer vision at Oxford and this would be "
        "my first industry job. I've mostly worked on image segmentation and I'm hoping to move "
        "into a research scientist role.",
        "I think the biggest trend in ML right now is that platform work is moving to real-time "
        "features, streaming with Kafka and Flink rather than nightly batch, and feature stores "
        "like Feast are becoming standard.",
        "Sure, I can start by introducing myself. So, introducing myself: I'm introducing myself "
        "now, this is me, starting with an introduction of myself.",
    ),
]
