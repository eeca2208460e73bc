"""The English half of held-out set 26 (see judgement_holdout26.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h26-intro",
        "en",
        "self_intro",
        "Let's begin with you: tell me about yourself and the kind of work you enjoy most.",
        (
            "Intro (~90 s; thread: search -> RAG -> agents)\n"
            "- Daniel Achterberg; BSc Informatics, TU Delft 2014; MSc AI, Univ. of Amsterdam 2016\n"
            "- 2016-2020 Booking.com: data scientist, search ranking -> GBDT rankers, ~70 A/B "
            "tests shipped\n"
            "- 2020-now Ferrovia (B2B logistics SaaS): **staff MLE, LLM features**\n"
            "    - built the support-ops agent (refunds, shipment changes) -> 38% of tickets "
            "closed w/o a human\n"
            "    - RAG over ~400k help-centre + contract docs; the eval harness every team now "
            "uses\n"
            "    - team of 4\n"
            "- enjoy: making LLM systems *reliable* (evals, failure analysis) more than demos\n"
            "- why here: agent reliability at scale + closer to the model side (post-training for "
            "tool use)"
        ),
        (
            "Sure. I'm Daniel Achterberg. I did my bachelor's in informatics at TU Delft, "
            "finishing in 2014, and then a master's in AI at the University of Amsterdam. My first "
            "job was at Booking.com as a data scientist on search ranking, mostly gradient-boosted "
            "rankers, and over four years I shipped something like seventy A/B tests. Since 2020 "
            "I've been at Ferrovia, a logistics software company, where I'm a staff ML engineer "
            "leading a team of four on LLM features. The main thing I built is an agent for the "
            "support operations team that handles refunds and shipment changes; it now closes a "
            "bit under forty percent of tickets without a person touching them. We also run "
            "retrieval over about four hundred thousand help-centre and contract documents, and I "
            "wrote the evaluation harness that all the teams use. What I enjoy most is making "
            "these systems dependable, digging into failures and building evals, more than "
            "building demos. That's why this role appeals: reliability of agents at scale, and "
            "being closer to the model side, like post-training for tool use."
        ),
        (
            "I'm Daniel. I started out in search ranking and for the last few years I've been "
            "building LLM features, mostly agents and retrieval, at a logistics software company."
        ),
        (
            "I'm Daniel Achterberg. I did my undergrad in AI at the University of Amsterdam and my "
            "master's in informatics at TU Delft. I started at Ferrovia in 2016 and moved to "
            "Booking.com in 2020, where I'm now on the search ranking team. At Ferrovia I worked "
            "on the billing backend; the support agent there was built by an external consultancy, "
            "and I only helped test it. It ended up closing around eight percent of tickets, so "
            "they scaled it back. I'm an individual contributor, I don't lead a team. What I enjoy "
            "most is fast prototyping and demos, and I'm looking for a role in computer vision."
        ),
        (
            "I think the logistics industry is a really interesting place for LLMs, because so "
            "much of the work is still email and PDFs. Bills of lading, customs declarations, "
            "delivery notes: every carrier has its own format, and a lot of companies still have "
            "people retyping them into their systems. Document understanding models are getting "
            "good enough to change that, and the payback is very easy to measure in hours saved."
        ),
        (
            "Sure, let me tell you about myself and the kind of work I enjoy most. About myself, "
            "well, I'm myself, and the kind of work I enjoy most is the work that I enjoy the "
            "most. So that's me, and that's the kind of work I enjoy, which is what you asked "
            "about myself and the work I enjoy."
        ),
    ),
    Case(
        "en-h26-agent-reliability",
        "en",
        "project",
        (
            "Tell me about the support agent you built. How did you make its tool calls reliable "
            "enough to let it issue refunds?"
        ),
        (
            "### Refund / shipment agent - reliability work (2023-24)\n"
            "Baseline: ReAct-style loop, GPT-4-class model, 9 tools (lookup_order, issue_refund, "
            "reroute_shipment, ...). Task success 71% on replayed tickets; ~2% of runs called "
            "issue_refund TWICE (retry after a timeout)\n"
            "Fixes:\n"
            "1. **Strict schemas**: JSON schema per tool, validate args BEFORE executing; on error "
            "-> message back to the model, max 2 repairs, then hand off to a human\n"
            "2. **Idempotency keys** on every write tool (key = ticket_id + action + amount) -> "
            "retries can't double-refund\n"
            "3. Read before write: issue_refund rejected unless lookup_order ran in the same "
            "session and amount <= order total\n"
            "4. Step budget 12 tool calls / ticket; loop detector (same call + same args 3x -> "
            "stop, escalate)\n"
            "5. Refunds > EUR 200 -> human approval queue (policy in code, not in the prompt)\n"
            "Eval: 1,200 replayed tickets w/ mocked tools, nightly; metrics = task success, "
            "wrong-write rate, escalation rate\n"
            "Result: task success 71% -> 89%; duplicate refunds ~2% -> 0; wrong-write 0.9% -> "
            "0.1%; escalations 24% -> 15%"
        ),
        (
            "It started as a fairly standard reason-and-act loop over nine tools, like order "
            "lookup, refunds and reroutes. On replayed tickets it solved about seventy-one "
            "percent, and the scary part was that in roughly two percent of runs it refunded "
            "twice, because a call timed out and got retried. So, first, every tool got a strict "
            "JSON schema and we check the arguments before anything runs; if they're invalid the "
            "error goes back to the model, it gets two tries to repair, and then a human takes "
            "over. Every write tool carries an idempotency key built from the ticket, the action "
            "and the amount, so a retry can't pay out twice. A refund is refused unless the order "
            "was looked up in the same session and the amount is within the order total. There's a "
            "budget of twelve tool calls and a loop detector that stops if the same call repeats "
            "three times. And anything above two hundred euros goes to a human approval queue, "
            "enforced in code rather than in the prompt. We replay twelve hundred tickets against "
            "mocked tools every night. Success went to eighty-nine percent, duplicate refunds to "
            "zero, and escalations fell from twenty-four to fifteen percent."
        ),
        (
            "Mostly we put guardrails around the tools. The model's arguments get validated, and "
            "big refunds need a human to approve them. That made it a lot safer."
        ),
        (
            "It was a ReAct loop over nine tools, and the main risk we saw was the model being too "
            "cautious, not double refunds. We didn't use idempotency keys; retries are safe as "
            "long as you tell the model in the prompt to check whether it already refunded, so the "
            "model tracks that itself. We validate arguments after the tool has run, by "
            "reconciling against the ledger at the end of the day. We also removed the step "
            "budget, because capping tool calls made it give up on hard tickets. Large refunds go "
            "straight through automatically and only small ones under two hundred euros are "
            "sampled for human review, since those are the most common. On the twelve hundred "
            "replayed tickets success went from seventy-one to about seventy-four percent, and "
            "escalations went up from fifteen to twenty-four."
        ),
        (
            "Customer support is a great fit for LLMs because the volume is high and a lot of "
            "questions repeat. Before any automation, though, you need a good taxonomy of ticket "
            "types, because 'where is my parcel' and 'my invoice is wrong' need completely "
            "different handling. We also found the tone matters a lot: customers are much happier "
            "when the first reply acknowledges their frustration, even if it's an automated one."
        ),
        (
            "So the support agent I built, I built it to be reliable, and to make its tool calls "
            "reliable enough to issue refunds, we made the tool calls reliable. The refunds were "
            "issued by the agent, and its tool calls had to be reliable for that, so we made them "
            "reliable enough. That's how the agent's tool calls became reliable enough to issue "
            "refunds."
        ),
    ),
    Case(
        "en-h26-smoothquant",
        "en",
        "project",
        (
            "You mentioned moving a chat model to W8A8 with SmoothQuant. Walk me through what you "
            "did and what it bought you."
        ),
        (
            "W8A8 w/ SmoothQuant - 13B chat model (2024 Q1)\n"
            "Why: INT4 weight-only helped memory, not compute-bound prefill; want INT8 GEMMs on "
            "A100 (2x fp16 tensor-core peak)\n"
            "Problem: activations have **outlier channels** (~100x the median in a few dims) -> "
            "per-tensor INT8 on activations kills accuracy; weights are easy to quantise\n"
            "SmoothQuant: per input channel j, s_j = max|X_j|^α / max|W_j|^(1-α); X' = X / s, W' = "
            "W * s -> same product, difficulty **migrated from activations to weights**\n"
            "- α default 0.5; swept 0.4-0.8 -> 0.65 best for us\n"
            "- calib: 512 samples of real chat logs\n"
            "- s folded into the preceding LayerNorm weights -> no runtime cost\n"
            "- weights per-channel, activations per-token dynamic\n"
            "- kept lm_head + layer 0 down_proj in fp16 (too sensitive)\n"
            "Result: prefill throughput 1.6x, decode 1.2x, memory -45%; MT-Bench 7.9 -> 7.8; "
            "win-rate vs fp16 49%"
        ),
        (
            "Four-bit weight-only quantisation had saved memory but did nothing for prefill, which "
            "is compute bound. We wanted real int8 matrix multiplies on the A100s, which run at "
            "twice the fp16 peak. The obstacle is that activations have a handful of outlier "
            "channels, a hundred times larger than typical, so quantising activations to int8 per "
            "tensor destroys accuracy, while the weights quantise easily. SmoothQuant divides each "
            "activation channel by a scale and multiplies the matching weight row by the same "
            "scale, so the product doesn't change but the hard part moves from the activations "
            "into the weights. The scale balances the two maxima with an exponent alpha; the "
            "paper's default is a half, and a sweep told us about zero point six five worked best. "
            "We calibrated on about five hundred real chat samples and folded the scales into the "
            "preceding layer norm, so inference pays nothing extra. Weights are per channel, "
            "activations per token, computed on the fly, and we left the output head and one "
            "sensitive projection in the first layer in fp16. Prefill got about sixty percent "
            "faster, decode twenty percent, memory dropped by almost half, and MT-Bench went from "
            "seven point nine to seven point eight."
        ),
        (
            "The idea of SmoothQuant is to make activations easier to quantise so both weights and "
            "activations can be int8. We calibrated it on some chat data, and it made the model "
            "noticeably faster with very little quality loss."
        ),
        (
            "The issue with int8 is that the weights have big outlier channels while activations "
            "are quite smooth, so SmoothQuant moves the difficulty from the weights into the "
            "activations: you divide each weight row by a scale and multiply the activation "
            "channel by it. We used alpha of zero point nine, which is the default, without "
            "sweeping. The scales are applied as an extra multiply at runtime, which costs a "
            "little but is simpler than folding. Activations are quantised per tensor with static "
            "ranges from calibration, and we put every layer in int8 including the output head, "
            "since keeping anything in fp16 cancels the gains. Prefill ended up slightly slower "
            "than fp16 but decode was about twice as fast, and MT-Bench dropped from seven point "
            "nine to about seven."
        ),
        (
            "Honestly the hardest part of quantisation projects is evaluation. Standard benchmarks "
            "barely move, but users notice things like the model losing its formatting or getting "
            "worse at following long system prompts. We built a set of about three hundred "
            "regression prompts from real complaints and ran pairwise comparisons with human "
            "raters before every release, which caught problems that perplexity never showed."
        ),
        (
            "Right, so we moved the chat model to W8A8 with SmoothQuant. What I did was the move "
            "to W8A8, with SmoothQuant, and what it bought us was what you get from W8A8 with "
            "SmoothQuant. So walking through it, we did SmoothQuant, we got W8A8, and that's what "
            "it bought us."
        ),
    ),
    Case(
        "en-h26-decode-bound",
        "en",
        "fundamentals",
        "Why is LLM decoding usually memory-bandwidth bound, while prefill is compute bound?",
        (
            "arithmetic intensity = FLOPs / bytes moved from HBM\n"
            "- decode: 1 new token per sequence -> matrix-VECTOR products; every weight (+ the KV "
            "cache) read from HBM each step for ~2 FLOPs per weight -> ~1 FLOP/byte at fp16\n"
            "- A100: 312 TFLOPS / ~2 TB/s ≈ 150 FLOP/byte ridge point -> decode far below it -> "
            "memory bound\n"
            "- prefill: all prompt tokens at once -> matrix-matrix; each weight reused across N "
            "tokens -> intensity ~N -> compute bound\n"
            "=> batching decode raises intensity (weights shared across the batch) until KV-cache "
            "reads dominate; also why weight / KV quantisation speeds up decode"
        ),
        (
            "It comes down to arithmetic intensity, how many operations you do per byte you pull "
            "from memory. When you decode, each sequence produces just one token per step, so "
            "every layer is a matrix times a vector: you have to stream all the weights, plus the "
            "KV cache, out of HBM, and for each weight you only do a multiply and an add. At half "
            "precision that's about one flop per byte. An A100 can do roughly three hundred "
            "teraflops against two terabytes a second of bandwidth, so you need something like a "
            "hundred and fifty flops per byte to keep the compute busy, and decoding is nowhere "
            "near that. Prefill processes the whole prompt in one pass, so it's matrix times "
            "matrix, and each weight you load gets reused for all N prompt tokens, which puts it "
            "well past that threshold. That's also why batching helps decode, since one read of "
            "the weights serves the whole batch, up to the point where reading the KV cache "
            "dominates, and why shrinking weights or the cache with quantisation makes decoding "
            "faster."
        ),
        (
            "In decoding you only generate one token at a time, so the GPU spends most of its time "
            "loading weights rather than computing. Prefill handles lots of tokens together, so "
            "it's more compute heavy."
        ),
        (
            "Decoding is actually compute bound: each new token has to attend over the entire "
            "context, and attention is quadratic, so the flops per step explode as the sequence "
            "grows. Prefill is the memory-bound phase, because you have to read all the prompt "
            "tokens in from memory before you can do anything, and that's a lot of bytes for a "
            "small amount of compute. The A100's ridge point is around ten flops per byte, so most "
            "of prefill sits below it. That's also why batching doesn't really help decode, since "
            "each sequence still needs its own compute, and quantising weights mainly speeds up "
            "prefill, not generation."
        ),
        (
            "When we profile serving we mostly look at time to first token and time per output "
            "token separately, because users feel them differently. For chat, a fast first token "
            "matters most; for long generations, tokens per second matters. We usually set SLOs on "
            "the p95 of both, and tune the scheduler's maximum batch size until one of them starts "
            "to break."
        ),
        (
            "So why is decoding memory-bandwidth bound while prefill is compute bound? Decoding is "
            "bound by memory bandwidth, and prefill is bound by compute. That's the difference: "
            "one is memory-bandwidth bound, which is decoding, and the other is compute bound, "
            "which is prefill. That's why."
        ),
    ),
    Case(
        "en-h26-lost-middle",
        "en",
        "fundamentals",
        (
            "What is the 'lost in the middle' problem with long-context models, and what do you do "
            "about it in a RAG system?"
        ),
        (
            "Lost in the middle (Liu et al., 2023)\n"
            "- multi-doc QA: accuracy vs position of the gold doc is **U-shaped** -> best at the "
            "start or end of the context, worst in the middle\n"
            "- e.g. 20 docs: gold at position 1 ~75%, in the middle ~55% (can fall below "
            "closed-book!)\n"
            '- holds for "long-context" models too; more retrieved docs != better (saturates, '
            "then hurts)\n"
            "RAG mitigations\n"
            "1. retrieve fewer, better: rerank, keep top ~5 instead of stuffing 20-30\n"
            "2. order by relevance -> best at the start and the end, weakest in the middle\n"
            "3. put the question AFTER the documents (or repeat it)\n"
            "4. eval with the gold doc's position varied"
        ),
        (
            "It comes from a 2023 paper that tested multi-document question answering and moved "
            "the document containing the answer around in the context. Accuracy traced a U: models "
            "did best when the relevant passage was at the very beginning or the very end, and "
            "worst when it was buried in the middle. With twenty documents the gap was something "
            "like seventy-five percent versus the mid fifties, and in the middle it sometimes did "
            "worse than answering with no documents at all. It happened for the models sold as "
            "long-context as well, and adding more retrieved passages stopped helping and then "
            "hurt. In a RAG system I respond in a few ways. I retrieve fewer but better passages, "
            "using a reranker and keeping maybe five instead of dumping in thirty. I order them so "
            "the strongest sit at the start and the end and the weakest in the middle. I put the "
            "question after the documents, sometimes repeating it. And I test for it explicitly by "
            "varying where the right passage lands in my eval set."
        ),
        (
            "Models tend to ignore information in the middle of a long prompt and pay more "
            "attention to the start and end. So in RAG you shouldn't just stuff in as many chunks "
            "as possible."
        ),
        (
            "The finding is that models pay the most attention to the middle of the context, and "
            "the start and end get washed out, so accuracy is an upside-down U. With twenty "
            "documents the gold passage in the middle scored around seventy-five percent and at "
            "position one only about fifty-five. The good news is that newer long-context models "
            "don't have this problem, and more retrieved passages keep improving accuracy, so the "
            "fix in RAG is to retrieve generously, twenty or thirty chunks, and put the most "
            "relevant ones in the middle. You should also put the question at the very top, before "
            "the documents, so the model knows what to look for."
        ),
        (
            "For long-context RAG the choice of chunk size matters a lot. Small chunks give "
            "precise matches but lose context; big chunks keep context but dilute the embedding. "
            "We usually start around three to five hundred tokens with some overlap, and for "
            "structured documents like manuals we split on headings instead. Metadata filters, "
            "like product version or date, also cut out a lot of wrong passages before the vector "
            "search even runs."
        ),
        (
            "The lost in the middle problem is a problem with long-context models where things get "
            "lost in the middle. And in a RAG system, what I do about it is deal with the lost in "
            "the middle problem. So it's lost in the middle, it's a problem, and in RAG you do "
            "something about it."
        ),
    ),
    Case(
        "en-h26-beh-estimate",
        "en",
        "behavioral",
        (
            "Tell me about a time your estimate for a piece of work turned out to be badly wrong. "
            "What did you do?"
        ),
        (
            "STAR - the vLLM migration estimate\n"
            "S: 2023, moving chat serving from our in-house server to vLLM; I estimated **2 "
            "weeks**\n"
            "T: I owned the migration; a launch (long-context tier) was planned on top of it\n"
            "A:\n"
            "- end of week 1: custom sampling (logit bias, stop rules) + our streaming protocol "
            "not supported -> realistic 6-7 wks\n"
            "- told manager + PM the SAME day, not at the deadline; 3 options: (a) slip launch 5 "
            "wks, (b) launch long-context tier on old stack w/ lower limits, (c) drop custom "
            "sampling\n"
            "- picked (b); migrated in 3 milestones behind a traffic flag (5% -> 50% -> 100%)\n"
            "- weekly written status + remaining-risk list\n"
            "R: launch on time (old stack); migration done in 7 wks; zero rollbacks; p50 latency "
            "-30%\n"
            "Lesson: spike the unknowns (1-2 day prototype) before giving a number; now I give "
            "ranges"
        ),
        (
            "Last year I owned moving our chat serving from an in-house server onto vLLM, and I "
            "told everyone it would take two weeks. A product launch, a long-context tier, was "
            "planned right on top of it. About a week in I found that vLLM didn't support our "
            "custom sampling, things like logit biases and our stop rules, or our streaming "
            "protocol, and the honest number was more like six or seven weeks. I went to my "
            "manager and the PM that same afternoon rather than waiting for the deadline, and I "
            "brought three options: push the launch by five weeks, launch the new tier on the old "
            "stack with lower limits, or drop the custom sampling. We chose the second. I then "
            "split the migration into three milestones behind a traffic flag, five percent, then "
            "half, then everything, and sent a short written status each week with the risks still "
            "open. The launch went out on time, the migration finished in seven weeks with no "
            "rollbacks, and median latency dropped about thirty percent. What I changed since is "
            "that I prototype the unknowns for a day or two before I commit, and I give ranges "
            "instead of a single number."
        ),
        (
            "I once estimated a serving migration at two weeks and it took closer to seven. I told "
            "my manager early and we adjusted the launch plan around it."
        ),
        (
            "I owned our move to vLLM and estimated two weeks. A week in I realised our custom "
            "sampling and streaming weren't supported, but I didn't want to alarm anyone, so I "
            "kept the estimate and worked evenings and weekends to catch up. I told my manager at "
            "the two-week mark, when it was obvious we'd miss it. The launch of the long-context "
            "tier was slipped by five weeks, because we didn't want to run it on the old stack. To "
            "save time I switched all traffic over in one go rather than in stages, we had to roll "
            "back twice, and latency ended up about the same as before. My takeaway was mostly "
            "that vLLM wasn't mature enough yet."
        ),
        (
            "I think estimation in ML work is hard in general because so much of it is research. "
            "My approach with my team is to separate engineering tasks, which we estimate in days, "
            "from experiments, which we timebox. For an experiment we agree up front what result "
            "would make us continue and what would make us stop, and we review at the end of the "
            "timebox rather than pretending we know how long it will take."
        ),
        (
            "Sure, there was a time my estimate for a piece of work turned out to be badly wrong. "
            "It was badly wrong, the estimate, for that piece of work. And what I did was what I "
            "did about the estimate being wrong. So that's a time when my estimate was badly wrong "
            "and what I did about it."
        ),
    ),
]
