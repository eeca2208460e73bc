"""The English half of held-out set 31 (see judgement_holdout31.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h31-intro",
        "en",
        "self_intro",
        (
            "Let's start with a quick introduction: who you are and what you're focused on right "
            "now."
        ),
        (
            "Intro: Daniel Okafor | BSc CS, Lagos 2015 -> MSc AI, Edinburgh 2017\n"
            "- Quillbase 2017-20: search QA, BERT reranker -> answer CTR +9%\n"
            "- Tessellate 2020-now (B2B SaaS): applied LLM, **agents lead** since 2023 (4 ppl); "
            "support agent w/ 22 tools (billing / account / usage); built eval harness, 1,100 "
            "tasks, pass^4 41% -> 77%; ~35% of tickets closed end-to-end\n"
            "- why here: agent reliability at the model level (train on trajectories), not just "
            "prompts"
        ),
        (
            "Sure. I'm Daniel Okafor. I studied computer science at the University of Lagos, "
            "finishing in 2015, and then did a master's in AI at Edinburgh, which I completed in "
            "2017. My first job was at Quillbase, where for about three years I worked on search "
            "and question answering; the piece I'm proudest of there is a BERT reranker that "
            "lifted clicks on answers by around nine percent. Since 2020 I've been at "
            "Tessellate, a B2B software company, doing applied LLM work, and since 2023 I've led "
            "a team of four building our support agent. It has twenty-two tools for things like "
            "billing, account and usage lookups. I built its evaluation harness, about eleven "
            "hundred tasks, and we took the share of tasks that pass all four repeated runs from "
            "roughly forty percent to seventy-seven. Today it closes about a third of tickets "
            "without a human. What I want next is to work on agent reliability inside the model, "
            "by training on trajectories, rather than only through prompts."
        ),
        (
            "I'm Daniel. I worked on search for a few years and now I'm on LLM agents at a SaaS "
            "company, where I lead a small team. I'm interested in making agents more reliable."
        ),
        (
            "I'm Daniel Okafor. I did my bachelor's at Edinburgh and my master's at the "
            "University of Lagos, in electrical engineering. I started at Tessellate in 2015 as "
            "a data engineer on their billing pipelines and only moved to Quillbase last year, "
            "where I work on the front end. The support agent at Tessellate was built by another "
            "team; I didn't lead it and I never touched the eval harness. As far as I know its "
            "pass rate actually fell from seventy-seven to about forty percent, and it resolves "
            "very few tickets. I'm here because I'd like to move into sales engineering."
        ),
        (
            "Agents are a fascinating area right now. Every few months there's a new protocol "
            "for connecting models to outside services, and the big labs are all shipping "
            "computer-use features that click around a browser. I think the interesting open "
            "question is pricing: if an agent resolves a ticket, should the vendor charge per "
            "resolution rather than per seat? A lot of SaaS companies are rethinking their "
            "business models around that."
        ),
        (
            "Sure, a quick introduction. Who I am is who I am, and what I'm focused on right now "
            "is what I'm focusing on at the moment. So, to introduce myself quickly, that's who "
            "I am, and that's what I'm focused on right now."
        ),
    ),
    Case(
        "en-h31-awq-int4",
        "en",
        "project",
        (
            "You quantised your 32B model to INT4. What went wrong along the way, and how did "
            "you fix it?"
        ),
        (
            "### INT4 (W4A16) for our 32B assistant - 2024 Q3\n"
            "Why: 2x A100-80G per replica -> want 1 card; weights 64 GB fp16 -> ~18 GB int4\n"
            "First try: AWQ, group size 128, default calib set (Pile, 128 samples x 512 tok)\n"
            "- general benchmarks fine (-0.5 pt) BUT **code pass@1 -6.1 pt**, zh long-form "
            "worse; JSON tool-call format errors 0.8% -> 4%\n"
            "Diagnosis:\n"
            "1. calib data != our traffic (no code, no Chinese, no tool calls) -> AWQ's "
            "per-channel scales fitted on the wrong activations\n"
            "2. per-layer sensitivity sweep (quantise one layer at a time, ppl on our val set) "
            "-> down_proj of first 2 + last 2 layers worst\n"
            "Fix:\n"
            "- calib set = 512 samples of real traffic (code / zh / tool calls mixed), seq 2048\n"
            "- group size 128 -> 64\n"
            "- keep those 4 down_proj in fp16 (+~0.3 GB)\n"
            "- tried GPTQ too: similar avg, worse on code -> stayed with AWQ\n"
            "Result: code -6.1 -> -1.2 pt; JSON errors back to 0.9%; 1 GPU per replica, decode "
            "tok/s 1.9x at batch 1"
        ),
        (
            "The goal was to fit each replica of our 32B assistant on one A100 instead of two; "
            "the weights are about sixty-four gigabytes in fp16 and around eighteen in four-bit. "
            "The first pass was AWQ with the default calibration set, a hundred twenty-eight "
            "samples from the Pile, group size a hundred twenty-eight. General benchmarks barely "
            "moved, but code pass@1 fell about six points, long Chinese answers got worse, and "
            "malformed JSON in tool calls went from under one percent to four. The calibration "
            "text looked nothing like our traffic, so AWQ chose its per-channel scales from the "
            "wrong activations, and quantising one layer at a time showed the down projections "
            "in the first two and last two layers were the most sensitive. So we calibrated on "
            "five hundred twelve real requests mixing code, Chinese and tool calls, halved the "
            "group size to sixty-four, and kept those four projections in fp16. GPTQ was similar "
            "on average but worse on code, so we stayed with AWQ. In the end code lost about one "
            "point, JSON errors were back to normal, and each replica ran on one GPU, decoding "
            "nearly twice as fast at batch one."
        ),
        (
            "We used AWQ to get it down to four bits. Accuracy dropped on some tasks at first, "
            "so we changed the calibration data and it mostly recovered."
        ),
        (
            "Honestly, calibration data wasn't the issue, because AWQ is essentially data-free: "
            "it picks its scales from the weights alone, so we left the default Pile samples in "
            "place. What fixed it was the group size; we moved from sixty-four up to a hundred "
            "twenty-eight so that each group had more weights to average over. Our sensitivity "
            "sweep pointed at the attention projections in the middle layers, not the first or "
            "last ones, and we kept those in INT8. GPTQ was clearly better on code, so we "
            "switched to GPTQ for the release. The code drop was small from the start, about a "
            "point, and JSON errors never moved. We still needed two GPUs per replica, because "
            "four-bit weights don't really save memory once you add the dequantisation buffers."
        ),
        (
            "Before quantising, we had looked at distilling the 32B model into a 7B one. The 7B "
            "student, trained on about two million of the big model's responses, was much "
            "cheaper to serve and fine on simple support questions, but it fell apart on "
            "multi-step reasoning. We also considered a mixture-of-experts model with fewer "
            "active parameters, but the licence terms of the candidates didn't work for our "
            "customers."
        ),
        (
            "We quantised our 32B model to INT4, and along the way some things went wrong. What "
            "went wrong was the thing that went wrong, and how we fixed it was by fixing it. So "
            "the model was quantised to INT4, things went wrong along the way, and then we fixed "
            "them."
        ),
    ),
    Case(
        "en-h31-prefix-routing",
        "en",
        "project",
        (
            "Tell me how you raised the prefix-cache hit rate across your serving cluster, and "
            "what that bought you."
        ),
        (
            "Prefix-aware routing - agent traffic on 16 vLLM replicas (2025)\n"
            "- traffic = agent calls: ~6k-token shared prefix (system prompt + tool schemas) + "
            "short user turn\n"
            "- vLLM automatic prefix caching ON, but LB = round-robin -> same prefix lands on a "
            "random replica -> hit rate 19%\n"
            "1. **prompt layout** first: static at the top (system, tool schemas, few-shot), "
            "dynamic last; moved the current timestamp out of the system prompt (it broke every "
            "prefix)\n"
            "2. router hashes the first 1,024 tokens -> rendezvous hashing -> replica\n"
            "3. load guard: target queue > 1.5x cluster mean -> least-loaded replica (accept a "
            "miss)\n"
            "4. continuous batching: max_num_seqs 64 -> 128 (shared prefix blocks are "
            "ref-counted -> fits in the same KV memory)\n"
            "Result: hit rate 19% -> 74%; TTFT p50 1.4 s -> 0.45 s; prefill GPU time -60%; same "
            "SLO on 12 replicas instead of 16"
        ),
        (
            "Every agent call shared a prefix of about six thousand tokens, the system prompt "
            "plus the tool schemas, then a short user turn. vLLM's automatic prefix caching was "
            "on, but the load balancer was round-robin, so identical prefixes landed on random "
            "replicas out of sixteen and we hit the cache only about a fifth of the time. The "
            "first fix was the prompt itself: everything static at the top, system prompt, tool "
            "definitions and examples, and whatever changes at the end. We also found the "
            "current timestamp in the system prompt, which made every prefix unique, so we moved "
            "it out. Then the router hashes roughly the first thousand tokens and uses "
            "rendezvous hashing to pick a replica, with a guard: if that replica's queue is over "
            "one and a half times the cluster average, the request goes to the least-loaded one "
            "and we accept the miss. Because shared prefix blocks are reference-counted, we "
            "could also double max_num_seqs to a hundred twenty-eight. Hit rate went to about "
            "three quarters, median time to first token from one point four seconds to under "
            "half a second, prefill GPU time fell sixty percent, and twelve replicas now meet "
            "the SLO that took sixteen."
        ),
        (
            "We made the load balancer send requests with the same prompt prefix to the same "
            "replica, so the cache got hit much more often, and latency came down a lot."
        ),
        (
            "We kept round-robin on purpose, because spreading identical prefixes over all "
            "sixteen replicas is what warms every cache, and routing by hash would only create "
            "hot spots. Most of the work was in the prompt: we moved the dynamic parts, the user "
            "turn and the current timestamp, to the very top, since the model pays more "
            "attention to the beginning, and put the long tool schemas last. Our router hashes "
            "the final few hundred tokens of each request rather than the start. We didn't add "
            "any load guard, and we lowered max_num_seqs to thirty-two, because cached prefixes "
            "take more KV memory, not less. The hit rate crept up to around thirty percent, time "
            "to first token stayed about the same, and we ended up adding four replicas."
        ),
        (
            "The other lever on cost was autoscaling. We scaled on queue depth rather than GPU "
            "utilisation, because utilisation sits near a hundred percent even when the system "
            "is healthy. We also moved batch workloads like nightly summarisation onto spot "
            "instances with checkpointed jobs, which cut their cost by more than half, and we "
            "kept a minimum warm pool so that the morning traffic spike didn't wait for model "
            "loading."
        ),
        (
            "We raised the prefix-cache hit rate across our serving cluster, and what that "
            "bought us was what we got from it. So the hit rate went up because we raised it, "
            "and the cluster's prefix cache got hit more. That's how we raised it and what it "
            "bought us."
        ),
    ),
    Case(
        "en-h31-spec-sampling",
        "en",
        "fundamentals",
        (
            "Why doesn't speculative decoding change the model's output distribution, and what "
            "decides how much speedup you get?"
        ),
        (
            "Speculative sampling\n"
            "- draft q proposes γ tokens autoregressively; target p scores all γ in **one "
            "forward pass** (parallel)\n"
            "- accept token x w/ prob min(1, p(x)/q(x)); on first reject -> resample from "
            "norm(max(0, p - q)) and stop\n"
            "- => emitted token ~ exactly p (accept mass + residual mass = p) -> lossless; "
            "greedy: accept iff it matches target argmax\n"
            "- always >= 1 new token per target pass (+1 bonus token if all accepted)\n"
            "Speedup\n"
            "- α = expected acceptance rate (how close q is to p)\n"
            "- E[tokens per target pass] = (1 - α^(γ+1)) / (1 - α)\n"
            "- minus draft cost c = t_q / t_p; big γ wastes draft work when α is low\n"
            "- shrinks at large batch: decode turns compute bound -> verifying γ extra tokens no "
            "longer free"
        ),
        (
            "A small draft model proposes gamma tokens one by one, and the big target model "
            "scores all of them in a single parallel forward pass. Each drafted token is kept "
            "with probability the minimum of one and the target's probability divided by the "
            "draft's. At the first rejection you stop and sample a replacement from the leftover "
            "distribution, the positive part of target minus draft, renormalised. The chance of "
            "accepting a token plus the chance of reaching it through that residual is exactly "
            "the target's probability, so the output is distributed as if the big model had "
            "sampled alone; under greedy decoding you just keep drafted tokens while they match "
            "the target's top choice. Every target pass yields at least one new token, plus a "
            "bonus one when all are accepted. The speedup comes mainly from the acceptance rate "
            "alpha, how close the draft is to the target: expected tokens per pass is one minus "
            "alpha to the gamma plus one, over one minus alpha. You also pay for the draft's own "
            "time, so a long gamma is wasted when alpha is low. And at large batch sizes the "
            "gain shrinks, because decoding becomes compute bound and checking extra tokens "
            "stops being free."
        ),
        (
            "The big model checks the small model's guesses, so only tokens it agrees with get "
            "through, which keeps the output the same. The speedup depends on how often the "
            "guesses are accepted."
        ),
        (
            "It's actually the target model that writes the draft and the small model that "
            "verifies it, because verification is the cheap part. A token is accepted with "
            "probability q over p, the draft's probability over the target's, and when a token "
            "is rejected you simply keep the draft's token anyway and carry on, so strictly "
            "speaking the output does shift a little; people call it lossless because the shift "
            "is small in practice. Expected tokens per pass is just gamma times alpha, so the "
            "longer the draft the better, whatever alpha is. And the gains grow with batch size, "
            "since large batches make the verification step even cheaper per token."
        ),
        (
            "A related question is how the sampling settings affect generation. Greedy and beam "
            "search are deterministic, while top-p sampling keeps the smallest set of tokens "
            "whose probabilities add up to p, and temperature reshapes the distribution before "
            "that. For chat you usually want a temperature around point seven with top-p of "
            "point nine; beam search tends to produce bland, repetitive text in open-ended "
            "generation."
        ),
        (
            "Speculative decoding doesn't change the model's output distribution because it "
            "doesn't change it. And how much speedup you get is decided by whatever decides the "
            "speedup. So the distribution stays the same, and the speedup is the speedup you get."
        ),
    ),
    Case(
        "en-h31-agent-eval",
        "en",
        "fundamentals",
        "How would you measure whether a tool-using agent is reliable enough to ship?",
        (
            "Agent reliability eval\n"
            "- task set from real logs, each w/ a **checkable end state** (DB rows / API calls "
            "made), not graded on reply text\n"
            "- tools: sandbox or recorded mocks -> reproducible; user side = LLM user simulator "
            "w/ a hidden goal\n"
            "- run every task k times (k = 4-8, normal temperature)\n"
            "    pass@k = >= 1 of k succeeds (capability)\n"
            "    **pass^k** = all k succeed (consistency) -> what we ship on; falls fast as k "
            "grows\n"
            "- step-level metrics for debugging: tool-selection acc, arg exact match, # steps, "
            "policy violations (write w/o confirmation)\n"
            "- failure taxonomy on ~100 failed trajectories -> fix the biggest bucket first\n"
            "- ship gate: pass^4 >= 0.7 AND 0 unsafe writes on the red-team subset"
        ),
        (
            "I'd start with a task set built from real logs where every task has an end state "
            "you can check, the database rows or the API calls that should have happened, rather "
            "than grading the reply text. Tools run in a sandbox or against recorded mocks so "
            "runs are reproducible, and the user is played by an LLM simulator that has a hidden "
            "goal. Then I'd run every task several times, four to eight, at the normal "
            "temperature. Pass at k, at least one success in k tries, tells you what the agent "
            "can do; pass-hat-k, where all k runs must succeed, tells you how consistent it is, "
            "and that's the number I'd ship on. It falls quickly as k grows. For debugging I'd "
            "add step-level numbers: was the right tool picked, were the arguments exactly "
            "right, how many steps, and any policy violations such as writing without "
            "confirmation. Then I'd read around a hundred failed trajectories, sort them into "
            "buckets and fix the biggest bucket first. A reasonable gate is pass-hat-four of at "
            "least seventy percent with zero unsafe writes on a red-team subset."
        ),
        (
            "You build a test set of realistic tasks and check how often the agent finishes them "
            "correctly, probably running each one a few times, since agents aren't deterministic."
        ),
        (
            "The simplest reliable signal is an LLM judge reading the agent's final reply and "
            "scoring whether it sounds like the task was done; checking database state is too "
            "brittle. I'd run each task once at temperature zero, since repeated runs just give "
            "the same answer. Pass-hat-k means at least one of the k runs succeeds, and it goes "
            "up as k grows, so a higher k makes the agent look more reliable. Live production "
            "APIs beat mocks because they're realistic, and step-level metrics like argument "
            "accuracy don't matter as long as the final reply is good. I'd ship once the judge "
            "score is above ninety percent, and I wouldn't bother with a red-team set."
        ),
        (
            "A big design decision for agents is how many tools to expose. Past twenty or so, "
            "models start confusing similar ones, so people group them or retrieve the relevant "
            "few per request. There's also the choice of model: a large model as the planner and "
            "a small one for simple lookups can cut cost a lot. Protocols like MCP make it "
            "easier to plug in new integrations without writing custom glue code."
        ),
        (
            "To measure whether a tool-using agent is reliable enough to ship, I would measure "
            "its reliability. If it's reliable enough, we ship it, and if it isn't reliable "
            "enough, we don't ship it. So it comes down to measuring whether the agent is "
            "reliable enough to ship."
        ),
    ),
    Case(
        "en-h31-long-report-launch",
        "en",
        "behavioral",
        "Tell me about a time you found a serious problem close to a launch. What did you do?",
        (
            "STAR - long due-diligence reports, 2 wks before launch\n"
            "S: LLM writes 3-5k-word company reports from filings (RAG). Offline eval = 300 "
            "short Q&A -> 96% faithful; launch set for June 10\n"
            "T: I owned eval; nobody had checked the **long** outputs\n"
            "A:\n"
            "  - built a claim-level check: split reports into atomic claims -> NLI vs the cited "
            "filing passage; hand-audited 40 reports to calibrate (agreement 88%)\n"
            "  - finding: unsupported claims 2% in the first 500 words -> 11% after 2,000 words; "
            "mostly numbers (revenue, dates) carried over wrong\n"
            "  - took 15 examples to PM + legal; proposed: short mode ships June 10, long mode "
            "waits\n"
            "  - fix: generate section by section, each w/ its own retrieval + number check "
            "against the source tables; unsupported claims dropped / flagged\n"
            "R: short mode on time; long mode 2 wks later, unsupported 11% -> 1.8%; 0 "
            "customer-reported factual errors in Q3\n"
            "Lesson: evaluate at the output length users actually get"
        ),
        (
            "Our feature wrote long due-diligence reports on companies, three to five thousand "
            "words, drafted by an LLM from their filings with retrieval. The offline eval was "
            "three hundred short questions at ninety-six percent faithfulness, and launch was "
            "set for June tenth. I owned evaluation, and about two weeks out I realised nobody "
            "had checked the long outputs themselves. So I built a claim-level check: split each "
            "report into atomic claims and test each against the filing passage it cited with an "
            "NLI model, calibrated on forty hand-audited reports, where it agreed with us "
            "eighty-eight percent of the time. About two percent of claims were unsupported in "
            "the first five hundred words, but eleven percent past two thousand, mostly revenue "
            "figures and dates carried over wrongly. I took fifteen examples to the PM and legal "
            "and proposed shipping the short mode on the tenth and holding the long one. The fix "
            "was generating section by section, each with its own retrieval, and checking "
            "numbers against the source tables. Short mode shipped on time, long mode two weeks "
            "later with unsupported claims under two percent, and customers reported no factual "
            "errors that quarter. Lesson: evaluate at the length users actually get."
        ),
        (
            "Just before a launch I noticed our long generated reports had more factual errors "
            "than our evals suggested. I raised it, we delayed part of the launch, and we fixed "
            "it."
        ),
        (
            "It was the long due-diligence reports, and to be honest it was legal who found the "
            "problem, not me; I owned the eval, but our three hundred short questions looked "
            "great, so I saw no reason to look further. When legal flagged it, I argued we "
            "should ship everything on June tenth as planned and patch it afterwards, since the "
            "errors were mostly in the opening summary and the later sections were clean. We "
            "didn't split the launch. Our fix was to have the model write longer, more detailed "
            "sections in one pass, which we thought would ground it better. A few customers did "
            "report wrong revenue figures in the first month, and the long mode was eventually "
            "paused."
        ),
        (
            "Launch readiness is mostly about process. On my team every launch has a checklist: "
            "load tests, a rollback plan, dashboards and alerts, an on-call rotation for the "
            "first week, and a sign-off from support so they know what's coming. We also run a "
            "pre-mortem a few weeks ahead, where everyone imagines the launch failed and writes "
            "down why."
        ),
        (
            "Sure. A time I found a serious problem close to a launch was a time when there was "
            "a serious problem and the launch was close. What I did was what I did about the "
            "problem. So there was a problem, it was serious, the launch was close, and I did "
            "something about it."
        ),
    ),
]
