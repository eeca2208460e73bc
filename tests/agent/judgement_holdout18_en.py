"""The English half of held-out set 18 (see judgement_holdout18.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h18-intro",
        "en",
        "self_intro",
        "Let's begin with you: give me the short version of your career so far.",
        "Intro (~90 s, thread = ranking)\n"
        "- Marcus Lindqvist; BSc Physics, KTH 2013 -> MSc Machine Learning, UCL 2015\n"
        "- 2015-2019 Spotify: data scientist -> MLE, playlist personalisation (candidate "
        "generation for Discover Weekly)\n"
        "- 2019-now Newsloop (news aggregator, ~9M DAU): **staff MLE, home feed ranking**\n"
        "  - own the two-stage ranker: retrieval + GBDT, transformer reranker since 2022\n"
        "  - highlight: 7-day retention +1.8 pts, time spent +6% rel; quality tower cut clickbait\n"
        "  - run the weekly ranking experiment review\n"
        "- why now: LLM-based / generative recommendation, bigger scale",
        "Sure. I'm Marcus Lindqvist. I started in physics at KTH in Stockholm, finished in 2013, "
        "and then did a master's in machine learning at UCL. I spent about four years at Spotify, "
        "first as a data scientist and then as an ML engineer, working on playlist "
        "personalisation, mainly the candidate generation behind Discover Weekly. In 2019 I moved "
        "to Newsloop, a news aggregator with around nine million daily users, where I'm now a "
        "staff ML engineer owning the home feed ranking. That's a two-stage system, retrieval and "
        "then a ranker that started as gradient boosted trees and has been a transformer since "
        "2022; it's added almost two points of seven-day retention and about six percent more time "
        "spent, and we added a quality model that pushed clickbait down. I also run our weekly "
        "review of ranking experiments. What I want next is to work on LLM-based, generative "
        "recommendation at a larger scale.",
        "I'm Marcus. I've been doing recommendation and ranking for most of my career, first in "
        "music and now in news, and I'd like to do more with LLMs.",
        "I'm Marcus Lindqvist. I did my bachelor's in computer science at UCL and a PhD in physics "
        "at KTH, finishing in 2019. At Spotify I was on the ads team doing bid optimisation, not "
        "playlists. I joined Newsloop in 2022 as a junior engineer on the search team; the feed "
        "ranker there is owned by another group and still runs on logistic regression. Retention "
        "actually went down slightly last year. What I'm after now is a move into product "
        "management.",
        "News recommendation is harder than music in one big way: items go stale within hours. A "
        "song from ten years ago is still a fine recommendation, but yesterday's article usually "
        "isn't, so collaborative signals are always thin and you lean on content features and "
        "freshness. Editorial rules also matter a lot, like diversity of sources and not showing "
        "the same story five times.",
        "Sure, the short version of my career so far. So far my career has been, in short, my "
        "career. The short version is that I've had a career so far, and that's the short version "
        "of it. So that's my career so far, in the short version.",
    ),
    Case(
        "en-h18-project-novelty",
        "en",
        "project",
        "You mentioned an A/B test of a new feed reranker where the early numbers misled you. What "
        "happened?",
        "Project: transformer reranker A/B (home feed) -> novelty effect\n"
        "- setup: 10% treatment vs 10% control, user-level randomisation, planned 2 weeks; primary "
        "= clicks/user/day, guardrail = 7d retention\n"
        "- week 1: clicks +7.4% -> PM wanted to ship on day 5\n"
        "- suspicion: new reranker surfaces fresher / unfamiliar topics -> curiosity clicks = "
        "**novelty effect**\n"
        "checks:\n"
        "1. lift by days-since-first-exposure -> decays: ~+7% (days 1-3) -> ~+2% (day 10+)\n"
        "2. new vs existing users: new users (never saw old ranker) flat ~+2.5% -> closer to true "
        "effect\n"
        "3. extended test to 4 weeks; kept a 5% long-term holdback after launch\n"
        "result: true lift ≈ +2.1% clicks, retention +0.3 pts; launched; holdback confirmed at 3 "
        "months\n"
        "lesson: read the lift-over-time curve before the headline; opposite case = primacy / "
        "change aversion (lift starts low, recovers)",
        "We ran the new transformer reranker on ten percent of users against a ten percent "
        "control, randomised by user, planned for two weeks, with clicks per user per day as the "
        "main metric and seven-day retention as a guardrail. The first week showed clicks up more "
        "than seven percent and the PM wanted to launch on day five. I suspected novelty: the new "
        "model showed fresher topics people hadn't seen, so some of those clicks were just "
        "curiosity. So I plotted the lift by how many days each user had been exposed, and it "
        "faded from about seven percent in the first three days to around two after day ten. Users "
        "who joined during the test and never saw the old ranker had a steady lift of about two "
        "and a half, which looked like the real effect. We ran it four weeks in total and kept a "
        "five percent holdback after launch; the real gain settled at about two percent on clicks "
        "with retention slightly up, and the holdback confirmed it three months later.",
        "The first week looked much better than reality because users were reacting to something "
        "new. We waited longer before deciding, and the real gain was smaller.",
        "The first week showed clicks up about two percent, which looked disappointing, and I "
        "recognised it as a novelty effect: users need time to get used to a new ranker, so the "
        "lift grows as they adapt. When we plotted lift by days since first exposure it climbed to "
        "over seven percent by day ten. The existing users showed the clean, stable effect, while "
        "new users were the noisy group, so we excluded them. We shipped on day five based on the "
        "trend and didn't keep a holdback, since the curve already told us the long-run number.",
        "In general I think recommendation teams over-rely on clicks as a primary metric. Clicks "
        "are easy to move with clickbait or sensational headlines, so we always pair them with "
        "dwell time and a retention guardrail. We also built an interleaving setup for rankers, "
        "which needs far fewer users than an A/B test to tell which of two models is better, so we "
        "use it as a first filter before a full experiment.",
        "So the A/B test of the new feed reranker, where the early numbers misled us. What "
        "happened was that the early numbers were misleading. In the A/B test the early numbers "
        "misled us about the reranker, and that's what happened with the early numbers in that "
        "test.",
    ),
    Case(
        "en-h18-project-specdec",
        "en",
        "project",
        "How did you deploy speculative decoding in your code assistant, and how did you tune it?",
        "Project: speculative decoding for IDE code completion (34B code model)\n"
        "- goal: cut p50 latency of multi-line completions, GPU cost flat\n"
        "- draft = 1.3B model, same family (**same tokenizer**), distilled on our completion logs\n"
        "- key number: acceptance rate α = fraction of draft tokens the target accepts\n"
        "  expected tokens per target step = (1 - α^(k+1)) / (1 - α)\n"
        "- tuning draft length k:\n"
        "  - α ~0.55 on comments / docstrings -> k = 3\n"
        "  - α ~0.8 on boilerplate code -> k = 6\n"
        "  - dynamic k per request: EMA of recent acceptance, lower k when it drops\n"
        "- distilling the draft on our logs: α 0.62 -> 0.74\n"
        "- output distribution unchanged (rejection sampling) -> checked pass@1 on internal eval, "
        "no regression\n"
        "- caveat: big batches are compute-bound -> speedup shrinks; spec off above batch 32\n"
        "result: p50 410 ms -> 220 ms (~1.9x); user accept rate of completions unchanged",
        "The target was a thirty-four billion parameter code model, and we wanted multi-line "
        "completions faster without spending more on GPUs. For the draft we used a 1.3B model from "
        "the same family, so the tokenizers match, and we distilled it on our own completion logs, "
        "which raised the share of draft tokens the big model accepts from about sixty-two to "
        "seventy-four percent. That acceptance rate drives everything: the higher it is, the "
        "longer a draft is worth proposing. On comments it was only around fifty-five percent so "
        "we drafted three tokens, on boilerplate it was near eighty so we drafted six, and in the "
        "end we made it adaptive per request, shrinking the draft when recent acceptance fell. "
        "Because verification keeps the target's distribution exactly, quality can't move, and "
        "pass@1 on our eval confirmed that. At large batch sizes the GPU is compute-bound and the "
        "gain disappears, so we switch it off above batch thirty-two. Median latency went from "
        "about four hundred ten to two hundred twenty milliseconds.",
        "We used a small model to guess tokens and the big model to check them, and tuned how many "
        "tokens it guesses at a time. Latency came down quite a bit.",
        "We used Medusa for it, so instead of a separate draft model we added extra decoding heads "
        "on the 34B model itself and fine-tuned them on our completion logs. For tuning we went "
        "the other way from what people expect: when the acceptance rate was low, like on "
        "comments, we used a longer draft of six tokens to get more chances per step, and on "
        "boilerplate where acceptance was high we used three. The output distribution shifts a "
        "little with speculation, so we did see pass@1 drop about a point, which we accepted. The "
        "speedup was actually biggest at large batch sizes, so we turned it on above batch "
        "thirty-two.",
        "For code completion latency the biggest win for us was actually on the client side. We "
        "debounce keystrokes, cancel in-flight requests when the user keeps typing, and cache "
        "completions for the same prefix. We also trimmed the prompt context by ranking which open "
        "files to include, which cut prefill time more than any model change did.",
        "So how we deployed speculative decoding in the code assistant and how we tuned it. We "
        "deployed it in the code assistant, and then we tuned it. The tuning was how we tuned the "
        "speculative decoding, and the deployment was in the code assistant. That's how we "
        "deployed and tuned it.",
    ),
    Case(
        "en-h18-awq",
        "en",
        "fundamentals",
        "How do INT4 weight-only methods like GPTQ and AWQ work, and how do they differ?",
        "INT4 weight-only quant (W4A16)\n"
        "- weights -> 4-bit ints, group-wise scale + zero point (group size 128); activations stay "
        "FP16 -> dequantise on the fly inside the GEMM kernel\n"
        "- why: decode is memory-bandwidth bound -> 4x smaller weights ≈ up to ~3x faster decode; "
        "70B × 0.5 byte ≈ 35 GB\n"
        "**GPTQ** (Frantar et al. 2022): layer by layer; quantise weight columns one at a time, "
        "use the inverse Hessian (H = 2XXᵀ from ~128 calibration samples) to update the "
        "not-yet-quantised weights and compensate the error (OBQ-style, second order)\n"
        "**AWQ** (Lin et al. 2023): ~1% of weight channels are salient, found by **activation** "
        "magnitude, not weight magnitude -> scale those channels up before quantising (inverse "
        "scale folded into the previous op); no backprop, no Hessian, grid search over the scale "
        "exponent\n"
        "- AWQ overfits the calibration set less -> generalises across domains; GPTQ sometimes "
        "slightly lower PPL\n"
        "- both at W4 g128: < ~1 PPL loss on 7B+; small models hurt more\n"
        "- vs W8A8 (SmoothQuant): helps compute-bound prefill; W4A16 helps decode",
        "Both store the weights as four-bit integers with a scale and zero point per group of "
        "typically a hundred twenty-eight weights, while activations stay in sixteen-bit and the "
        "kernel dequantises on the fly. The point is decoding is limited by memory bandwidth, so a "
        "quarter of the bytes gives you close to three times faster decode, and a seventy-billion "
        "model fits in about thirty-five gigabytes. GPTQ goes through the model layer by layer and "
        "quantises one column at a time, using second-order information, the inverse Hessian from "
        "a small calibration set, to adjust the remaining weights so they absorb the rounding "
        "error. AWQ instead observes that a tiny fraction of channels matter most, and it finds "
        "them by looking at activation sizes rather than the weights; it scales those channels up "
        "before rounding and pushes the inverse scale into the previous layer, with just a search "
        "over the scaling factor, no gradients or Hessian. In practice AWQ is less tied to its "
        "calibration data, GPTQ can be a bit better on perplexity, and both lose under a point on "
        "larger models.",
        "They compress the weights to four bits so the model takes less memory and runs faster, "
        "and they use a bit of calibration data so accuracy doesn't drop much.",
        "Both quantise weights to four bits and the activations to four bits as well, which is "
        "where most of the speedup comes from, since the matmuls run in INT4. AWQ is the one that "
        "uses the inverse Hessian: it goes column by column and updates the remaining weights to "
        "compensate the error, which is why it needs backprop through the calibration set. GPTQ is "
        "the activation-aware one; it finds the roughly one percent of salient channels by their "
        "activation magnitude and scales them before rounding. Because of that GPTQ generalises "
        "better across domains, while AWQ tends to overfit its calibration data.",
        "For serving quantised models, the choice of kernel and runtime matters as much as the "
        "method. vLLM supports Marlin kernels for four-bit, llama.cpp has its own GGUF formats "
        "like Q4_K_M, and TensorRT-LLM has its own path. GGUF is popular for CPU and laptop "
        "inference because it mixes bit widths per tensor and runs without a GPU at all.",
        "So INT4 weight-only methods like GPTQ and AWQ. How do they work: they work as INT4 "
        "weight-only methods. And how do they differ: GPTQ and AWQ differ in the ways that they "
        "differ, since they're two different INT4 weight-only methods. That's how they work and "
        "how they differ.",
    ),
    Case(
        "en-h18-shap",
        "en",
        "fundamentals",
        "What are SHAP values, and how would you use them to explain a model?",
        "SHAP (Lundberg & Lee 2017)\n"
        "- from Shapley values (cooperative game theory): features = players, prediction = payout\n"
        "- φ_i = weighted average over all coalitions S of feature i's marginal contribution f(S ∪ "
        "{i}) - f(S)\n"
        "- **additivity / local accuracy**: f(x) = E[f(X)] + Σ_i φ_i -> contributions sum exactly "
        "to prediction minus base value\n"
        "- local (per prediction) -> mean |φ| over rows = global importance\n"
        "- exact = exponential in #features -> KernelSHAP (model-agnostic, sampling, slow) / "
        "TreeSHAP (exact for trees, polynomial, fast)\n"
        "caveats:\n"
        "- correlated features split credit; interventional vs observational background\n"
        "- background dataset choice changes the values\n"
        "- explains the model, not causality\n"
        "used it: credit model adverse-action reasons (top 3 φ per declined applicant); summary "
        "plot exposed a leaky feature",
        "SHAP comes from Shapley values in game theory: you treat each feature as a player and the "
        "prediction as the payout, and a feature's value is its average marginal contribution, how "
        "much the prediction changes when you add it, taken over all possible subsets of the other "
        "features. The nice property is that for a single prediction the contributions add up "
        "exactly to the difference between that prediction and the average prediction. So it's "
        "local by nature, and you get global importance by averaging the absolute values across "
        "rows. Computing it exactly blows up with the number of features, so you use KernelSHAP, "
        "which samples and works for any model but is slow, or TreeSHAP, which is exact and fast "
        "for tree ensembles. I'd warn that correlated features share credit, the choice of "
        "background data changes the numbers, and none of it is causal. I used it on a credit "
        "model to give the top three reasons for each declined applicant, and the summary plot "
        "once showed us a leaking feature.",
        "SHAP tells you how much each feature pushed a particular prediction up or down, so you "
        "can see why the model decided something.",
        "SHAP values measure how much the model's accuracy drops when you randomly shuffle one "
        "feature column across the dataset, so each feature gets one global number and there's no "
        "per-prediction explanation. Because they come from that shuffling, the values don't have "
        "to add up to anything in particular. TreeSHAP is the sampling approximation, which is why "
        "it's slow, and KernelSHAP is the exact one for tree models. The good thing is that SHAP "
        "gives you causal effects, so if a feature has a high value you know changing it will "
        "change the outcome.",
        "For explaining models to regulators, I think simple models are often the better answer. A "
        "scorecard with monotone constraints and a handful of binned features is easy to defend, "
        "and you can read the reason codes straight off the points table. We also use partial "
        "dependence plots and counterfactual examples when business users ask what an applicant "
        "would need to change.",
        "What are SHAP values, and how would I use them to explain a model. SHAP values are values "
        "that explain a model, and I would use them to explain the model. So SHAP values are what "
        "you use to explain a model, and explaining the model is what SHAP values are used for.",
    ),
    Case(
        "en-h18-beh-hiring",
        "en",
        "behavioral",
        "Have you ever changed the way your team hires? Walk me through what you did.",
        "STAR: fixing our MLE interview loop (2023)\n"
        "S: team doubling (6 -> 12 MLEs in a year); loop = 5 unstructured chats, each interviewer "
        "asked whatever; offer-accept only 40%; 2 mis-hires in 6 months (great at LeetCode, "
        "couldn't debug a model)\n"
        "T: volunteered to own the redesign; VP gave me 1 quarter\n"
        "A:\n"
        "1. interviewed the 8 most recent hires + 4 interviewers -> what actually predicted doing "
        "well\n"
        "2. rubric per round (4-point scale, behaviours written out); replaced one LeetCode round "
        "with a **debug a broken training run** exercise (real notebook, planted bugs: leakage, "
        "wrong LR, label shift)\n"
        "3. shadow + reverse-shadow training for all 9 interviewers; monthly calibration\n"
        "4. written feedback due **before** the debrief (no anchoring)\n"
        "R: 14 hires over the next 12 months, 0 regretted at 6-month review; offer-accept 40% -> "
        "68%; time-to-hire 7 -> 5 weeks; debugging exercise adopted by 2 other teams",
        "Yes, in 2023 our team was going from six to twelve ML engineers in a year, and our loop "
        "was five free-form conversations where every interviewer asked whatever they liked. Only "
        "about four in ten offers were accepted, and we'd made two bad hires in six months, people "
        "who were great at coding puzzles but couldn't debug a model. I offered to own the "
        "redesign and our VP gave me a quarter. I started by talking to our eight newest hires and "
        "four interviewers about what really predicted doing well. Then I wrote a scoring rubric "
        "for each round and swapped one coding-puzzle round for an exercise where candidates debug "
        "a real training notebook with planted problems like leakage and a bad learning rate. "
        "Every interviewer went through shadowing and reverse shadowing, we calibrated monthly, "
        "and people had to submit written feedback before the debrief so nobody anchored on the "
        "loudest voice. Over the next year we hired fourteen people with no regrets at their "
        "six-month reviews, acceptance went to about two thirds, hiring took five weeks instead of "
        "seven, and two other teams picked up the debugging exercise.",
        "I helped make our interviews more structured, with clearer questions and a rubric, and "
        "the people we hired after that worked out better.",
        "Yes, in 2023 when the team was doubling. Our mis-hires had been people who were weak at "
        "coding, so the first thing I did was add a second LeetCode round and drop the debugging "
        "exercise, which felt too subjective. We moved the debrief to happen before anyone wrote "
        "feedback, so interviewers could discuss and agree first, and I skipped talking to recent "
        "hires because it would have taken too long. Offer acceptance fell from forty to about "
        "thirty percent and time-to-hire went from five weeks to seven, but the bar was higher, so "
        "I'd call it a success.",
        "I think the most underrated part of hiring is the candidate experience. People remember "
        "how they were treated, so I always make sure candidates get a clear schedule, know who "
        "they're meeting, and hear back within a few days even when it's a no. A lot of our "
        "referrals later came from people we didn't hire but who had a good experience.",
        "Yes, I have changed the way my team hires. Walking you through what I did: what I did was "
        "change the way we hire. So the way my team hires changed because I changed it, and that's "
        "what I did to change the way my team hires.",
    ),
]
