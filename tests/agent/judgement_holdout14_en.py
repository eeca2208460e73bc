"""The English half of held-out set 14 (see judgement_holdout14.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h14-intro",
        "en",
        "self_intro",
        "Tell me a bit about yourself and what you've been working on lately.",
        "Intro (~90 s; past -> now -> next)\n"
        "- Marcus Lindqvist; BSc Engineering Physics, KTH 2015 -> MSc Machine Learning, KTH 2017\n"
        "- 2017-2022 Stylevault (fashion e-commerce): ML engineer, **visual search**\n"
        '  - fine-tuned CLIP on ~12M product image/title pairs -> "shop the look"; recall@10 31% '
        "-> 45%\n"
        "- 2022-now Pipewell (CI/CD platform, ~9k customer orgs): **senior MLE, developer "
        "productivity**\n"
        "  - built the **CI failure triage agent** (LLM + tools: log search, git blame, test "
        "rerun)\n"
        "  - root cause right on ~63% of red builds; median time-to-fix 3.2h -> 1.9h\n"
        "- mentor 2 engineers; run the team's monthly eval review\n"
        "- next: agents that learn from execution feedback; a team that takes evals seriously",
        "Sure. I'm Marcus. I studied engineering physics at KTH and stayed on for a master's in "
        "machine learning, which I finished in 2017. My first five years were at Stylevault, a "
        "fashion e-commerce company, working on visual search. The main thing there was "
        "fine-tuning CLIP on roughly twelve million product photos and titles for a 'shop the "
        "look' feature, which took recall at ten from about thirty-one to forty-five percent. "
        "Since 2022 I've been a senior ML engineer at Pipewell, a CI/CD platform, on developer "
        "productivity. I built an agent that triages failing builds: an LLM that can search the "
        "logs, run git blame and rerun tests. It now finds the right root cause for a bit over "
        "sixty percent of red builds, and the median time to fix went from over three hours to "
        "under two. I also mentor two engineers and run our monthly eval review. Next I'd like to "
        "work on agents that learn from execution feedback, in a team that takes evaluation "
        "seriously.",
        "Hi, I'm Marcus. I've been doing machine learning for a while, first in e-commerce and now "
        "at a developer tools company, mostly on LLM things these days.",
        "I'm Marcus. I did a PhD in computer vision at ETH Zurich and went straight to Pipewell "
        "after that, where I've been building the CI/CD platform itself, mostly build caching and "
        "the runners. The triage agent was built by a colleague; I just wired it into Slack. I've "
        "never really worked in e-commerce or on search. Our big result was that time-to-fix went "
        "from about two hours to three, which sounds backwards, but it's because we were catching "
        "more bugs. Next I'd like to move into pure computer vision research.",
        "I think developer tools are at a really interesting moment. Code assistants started with "
        "autocomplete, then chat inside the IDE, and now there are autonomous coding agents "
        "evaluated on SWE-bench, where the model has to read a real repository, edit several files "
        "and make the tests pass. I expect most teams will have some kind of AI reviewer on every "
        "pull request within a couple of years.",
        "Sure, a bit about myself. What I've been working on lately is, well, the things I've been "
        "working on lately. About myself, I'd say I'm someone who works on things, and lately I've "
        "been working on them. So that's a bit about me and what I've been working on lately.",
    ),
    Case(
        "en-h14-project-triage",
        "en",
        "project",
        "Walk me through the CI failure triage agent. How does it work, and how do you stop it "
        "from doing damage?",
        "Project: CI failure triage agent (2023.02 - now)\n"
        "Problem: ~18k red builds/day across customers; devs spend ~25 min in logs to find *why*; "
        "~30% are flaky tests, not real breaks\n"
        "**Loop** (ReAct-style, max 12 tool calls / build)\n"
        "1. trigger on failure -> failed step + last 2k log lines (not the whole 50MB log)\n"
        "2. tools: `search_log(regex)`, `git_diff(since_last_green)`, `git_blame(file, line)`, "
        "`flaky_history(test_id)`, `rerun_test(test_id)`\n"
        "3. classify: flaky / infra / real regression -> regression: suspect commit + owner + 2-3 "
        "line why\n"
        "4. output = comment on the PR / Slack msg; **never pushes code, never reruns the "
        "pipeline**\n"
        "**Guardrails**\n"
        "- tool allow-list, read-only creds; rerun_test sandboxed, 1 rerun max, per-org budget\n"
        '- confidence < 0.45 -> "low confidence" label + evidence links instead of a guess\n'
        "**Eval**: 1,100 past failures labelled by the dev who fixed them -> root-cause accuracy; "
        "re-run on every prompt / model change (CI for the agent)\n"
        "Results: root cause correct 41% (v1 single prompt) -> 63% (agent + tools); flaky "
        "precision 0.92; median time-to-fix 3.2h -> 1.9h; ~$0.04 / build",
        "The problem was volume: around eighteen thousand failing builds a day across customers, "
        "developers spending twenty-odd minutes in logs to work out why, and close to a third of "
        "failures being flaky tests. When a build fails, the agent gets the failed step and only "
        "the last couple of thousand log lines, not the whole fifty-megabyte log. Then it runs a "
        "ReAct-style loop capped at twelve tool calls: it can grep the log, diff against the last "
        "green build, blame a line, check a test's flaky history, and rerun one test in a sandbox. "
        "It decides flaky, infrastructure or real regression, and for a regression it names the "
        "suspect commit, the owner and a short reason, as a PR comment or a Slack message. On "
        "damage: it never pushes code or reruns pipelines, tools are allow-listed with read-only "
        "credentials, one rerun at most under a budget, and below a confidence threshold it says "
        "it's unsure and shows its evidence. We score it on about eleven hundred past failures "
        "labelled by whoever fixed them, on every prompt or model change. Root-cause accuracy went "
        "from forty-one percent with a single prompt to sixty-three.",
        "Basically when a build goes red, the agent reads the failing part of the log and uses "
        "tools like git blame to figure out which commit broke it, and then it comments on the "
        "pull request.",
        "When a build fails we give the model the entire log, all fifty megabytes, because with a "
        "long-context model you don't need tools or search, so there's no loop, it's one call. To "
        "make it actually useful it automatically pushes a revert of the suspect commit and reruns "
        "the whole pipeline, so developers don't have to do anything. We never built an offline "
        "eval set; we track thumbs-up reactions in Slack instead. Flaky tests aren't really an "
        "issue, maybe three percent of failures. Root-cause accuracy dropped from sixty-three to "
        "forty-one percent when we tried adding tools, so we took them out.",
        "A lot of CI time goes into work that doesn't need to run at all, so the first thing I'd "
        "look at is caching. With a remote build cache, like Bazel's, every action is keyed by a "
        "hash of its inputs, so if nothing changed the output is just downloaded. Beyond that you "
        "can shard the test suite across parallel runners and use test impact analysis to run only "
        "the tests affected by the changed files.",
        "So the CI failure triage agent and how it works. It works by triaging CI failures, that's "
        "what it does, it's an agent that triages failures in CI. And how do we stop it from doing "
        "damage? We make sure it doesn't do damage. So that's how it works and how we stop it from "
        "doing damage.",
    ),
    Case(
        "en-h14-project-clip",
        "en",
        "project",
        "At Stylevault you fine-tuned CLIP for visual search. How did you do it, and what made the "
        "biggest difference?",
        'Project: "shop the look" visual search (2021.03 - 2022.06)\n'
        "Goal: user's photo (street / mirror selfie) -> similar products among ~3M SKUs\n"
        "**Data**\n"
        "- ~12M (product image, title + attrs) pairs from the catalogue; dedup near-identical "
        "studio shots\n"
        '- titles -> template "a {colour} {material} {category}, {fit}" (raw titles = brand '
        "noise)\n"
        "- domain gap: user photos != studio photos -> **+400k review photos** paired w/ the "
        "purchased SKU\n"
        "**Training**\n"
        "- init CLIP ViT-B/32 (OpenAI); symmetric InfoNCE (img->txt + txt->img)\n"
        "- batch 16k via gradient cache -> more in-batch negatives = **single biggest win**\n"
        "- image tower lr 1e-6 < text tower lr 1e-5; first 6 ViT blocks frozen -> keeps zero-shot, "
        "less forgetting\n"
        "- learnable temperature τ, init 0.07\n"
        "**Serving**: detect + crop the garment (YOLOv5) -> 512-d embedding -> FAISS IVF-PQ; "
        "catalogue embeddings precomputed nightly\n"
        "Results: recall@10 on user-photo test set 31% -> 45%; add-to-cart from visual search +9%\n"
        "What mattered, in order: batch size > review photos > title template",
        "The goal was that a user uploads a street photo or a mirror selfie and gets similar items "
        "out of about three million SKUs. We had about twelve million catalogue pairs of product "
        "image and title, minus near-duplicate studio shots, and we rewrote titles into a simple "
        "colour, material, category and fit template, since raw titles were mostly brand noise. "
        "The real gap was that customers' photos look nothing like studio shots, so we added "
        "around four hundred thousand review photos paired with what the reviewer bought. We "
        "started from OpenAI's ViT-B/32 and trained the usual symmetric contrastive loss in both "
        "directions. The biggest single win was batch size: with gradient caching we got to "
        "sixteen thousand, so far more in-batch negatives. The image tower got a smaller learning "
        "rate than the text tower and its first six blocks stayed frozen so it kept its zero-shot "
        "ability, and the temperature was learnable. At serving time we crop the garment with a "
        "detector first, embed it and search a FAISS product-quantised index. Recall at ten on "
        "user photos went from thirty-one to forty-five percent.",
        "We took the pretrained CLIP model and fine-tuned it on our own product images and titles "
        "with a contrastive loss, and it worked a lot better on our data than the off-the-shelf "
        "model did.",
        "We fine-tuned CLIP with a fairly small batch, around two hundred and fifty-six, because "
        "in contrastive learning big batches mostly add noisy negatives and hurt. We froze the "
        "text tower completely and trained the image tower with a high learning rate, ten times "
        "the text one, since the images were where the domain shift was. We deliberately left out "
        "the customer review photos because they were too messy, and trained only on clean studio "
        "shots. Temperature was fixed at one. At serving we embedded the whole uploaded photo "
        "without cropping so the model saw the full outfit. The biggest difference was the title "
        "template. Recall at ten went from forty-five to fifty-one percent.",
        "For product images a lot of quality comes from classic tricks: a ResNet classifier "
        "trained with heavy augmentation, random crops, colour jitter and mixup, and then the "
        "penultimate layer used as the embedding. You can also do metric learning with a triplet "
        "loss and semi-hard mining, which was the standard approach before large pretrained models "
        "came along.",
        "How did I fine-tune CLIP for visual search? I fine-tuned CLIP, for visual search, at "
        "Stylevault. And what made the biggest difference? The thing that made the biggest "
        "difference was the biggest difference, I'd say. So that's how we fine-tuned CLIP for "
        "visual search and what made the difference.",
    ),
    Case(
        "en-h14-logq",
        "en",
        "fundamentals",
        "When you train a two-tower retrieval model with in-batch negatives, why do people add a "
        "logQ correction, and how does it work?",
        "In-batch negatives + logQ correction (Yi et al., RecSys'19, YouTube)\n"
        "- two-tower: query/user tower u(x), item tower v(y); s(x, y) = <u, v> / τ\n"
        "- in-batch softmax: for each positive pair, the other B−1 items in the batch = negatives -"
        "> free, no extra lookups\n"
        "- **problem**: batch items come from the click log -> an item shows up as a negative with "
        "prob ∝ its popularity\n"
        "  -> popular items over-penalised; sampled softmax = **biased** estimate of the full "
        "softmax\n"
        "- **fix**: s^c(x, y) = s(x, y) − log Q(y), Q(y) = prob. that y lands in the batch (≈ item "
        "frequency)\n"
        "  - applied to every logit in training (positive + negatives); **serving uses the raw "
        "s(x, y)**\n"
        "- Q on a stream: hash item -> A[h] = last step seen, gap δ[h] ← (1−α)·δ[h] + α·(t − "
        "A[h]); Q ≈ 1/δ\n"
        "- complement: mixed negative sampling = also add uniformly sampled corpus items -> tail "
        "items get seen as negatives too\n"
        "Our case: recall@50 +4.1% rel; tail coverage dipped a bit -> added 1k uniform negatives / "
        "batch",
        "With in-batch negatives, each query treats the other items in the batch as its negatives, "
        "which costs nothing extra. The catch is that the batch comes from the interaction log, so "
        "an item appears as a negative roughly in proportion to how popular it is. Popular items "
        "get pushed down far more often than they should, and the sampled softmax becomes a biased "
        "estimate of the softmax over the whole catalogue. The fix is to subtract the log of each "
        "item's sampling probability from its logit during training, for the positive and the "
        "negatives alike, so a very frequent item's score is lowered and it's punished less as a "
        "negative. It's training-only; at serving you rank with the plain dot product. Q is "
        "basically the item's frequency, and on a stream you can estimate it by hashing items and "
        "tracking the average number of steps between sightings, Q being about one over that gap. "
        "People often mix in some uniformly sampled negatives as well, so long-tail items are seen "
        "as negatives too. For us it gave about four percent relative on recall at fifty.",
        "Because the negatives you get from the batch aren't a uniform sample, they're skewed, so "
        "the loss ends up biased, and you correct the scores to account for how the negatives were "
        "sampled.",
        "The issue is that in-batch negatives almost never contain popular items, so the model "
        "ends up over-recommending them. The logQ correction adds log Q to each item's score, "
        "where Q is its popularity, so popular items get a bigger logit in the softmax and are "
        "penalised harder. You apply exactly the same correction at serving time too, otherwise "
        "training and serving would be inconsistent. Q is computed once offline from last month's "
        "click counts. It's really a way to boost long-tail items, and you don't need it at all if "
        "you also use uniformly sampled negatives.",
        "Once the item tower is trained, the item embeddings go into an approximate nearest "
        "neighbour index like HNSW or IVF-PQ, so at request time you embed the user and fetch the "
        "top few hundred candidates in a few milliseconds. Those candidates then go to a heavier "
        "ranking model with cross features, which is where most of the precision comes from.",
        "Why do people add a logQ correction? Because when you train a two-tower model with "
        "in-batch negatives, people add a logQ correction. How does it work? It works by "
        "correcting with logQ. So the logQ correction is the correction people add with in-batch "
        "negatives, and that's how it works.",
    ),
    Case(
        "en-h14-passk",
        "en",
        "fundamentals",
        "How is pass@k computed for code-generation benchmarks like HumanEval, and why not just "
        "sample k programs and check?",
        "pass@k (Chen et al. 2021, Codex paper / HumanEval)\n"
        "- def: P(at least 1 of k sampled programs passes **all** unit tests of a problem), "
        "averaged over problems\n"
        "- naive A: sample exactly k, score 1 if any passes -> unbiased but **high variance**\n"
        "- naive B: p̂ = c/n, plug into 1 − (1 − p̂)^k -> **biased**, underestimates (concave"
        " in p, Jensen)\n"
        "**Unbiased estimator**\n"
        "1. draw n ≥ k samples per problem (paper: n = 200, k ∈ {1, 10, 100})\n"
        "2. count c that pass\n"
        "3. pass@k = E_problems[ 1 − C(n−c, k) / C(n, k) ]\n"
        "   = 1 − P(a random size-k subset of the n contains no correct one)\n"
        "- compute stably: 1 − Π_{i=n−c+1..n} (1 − k/i) (raw binomials overflow); if n − c < "
        "k -> 1.0\n"
        "**Practical**\n"
        "- temperature: best pass@1 at low T (~0.2), best pass@100 at high T (~0.8) -> report T "
        "per k\n"
        "- weak tests -> false passes; EvalPlus adds ~80x tests -> scores drop; check "
        "contamination too",
        "pass@k is the probability that at least one of k generated programs passes all of a "
        "problem's unit tests, averaged over problems. If you literally sample k programs and "
        "check, that's unbiased but very noisy. And if you estimate the per-sample success rate as "
        "c over n and plug it into one minus one-minus-p to the k, the number is biased, it comes "
        "out too low because that function is concave. What the Codex paper does is draw more "
        "samples than k, two hundred per problem, count how many pass, and compute one minus "
        "n-minus-c choose k over n choose k. That's one minus the chance that a random subset of k "
        "out of your n samples has no correct program in it. You compute it as a running product "
        "because the raw binomials overflow, and if there are fewer than k failures it's just one. "
        "Temperature matters too: around 0.2 is best for pass@1, around 0.8 for pass@100. And weak "
        "tests let wrong programs pass, which is why EvalPlus added many more tests and scores "
        "dropped.",
        "You don't just draw k samples. You generate a bigger number, like two hundred per "
        "problem, count how many pass the tests, and then there's a combinatorial formula that "
        "gives you pass at k from that.",
        "pass@k is the fraction of the k samples that pass the tests, so pass@10 is the share of "
        "ten programs that come out correct, averaged over problems. The standard estimator takes "
        "c over n and raises it to the power k, which is exactly unbiased, so you can just set n "
        "equal to k and there's no reason to draw extra samples. Temperature should be zero for "
        "every k, since greedy decoding gives the best program and randomness only adds wrong "
        "ones. And because the unit tests are hand-written by the benchmark authors, false passes "
        "basically don't happen.",
        "Before execution-based metrics, people scored generated code with text similarity, like "
        "BLEU or CodeBLEU, which adds syntax-tree and data-flow matching on top of n-gram overlap. "
        "The trouble is that two programs can look very different and both be right, so similarity "
        "tracks correctness poorly, and for realistic work people now use repository-level "
        "benchmarks built from real GitHub issues.",
        "pass@k is computed the way pass@k is computed for code-generation benchmarks like "
        "HumanEval. Why not just sample k programs and check? Well, because pass@k is computed "
        "differently from sampling k programs and checking. So that's how pass@k is computed, "
        "basically, for HumanEval and benchmarks like it.",
    ),
    Case(
        "en-h14-beh-explain",
        "en",
        "behavioral",
        "Tell me about a time you had to explain a technical trade-off to people without a "
        "technical background.",
        "STAR: triage agent confidence threshold vs Customer Success (2023 Q3)\n"
        'S: CS leads wanted the agent to ALWAYS name a root cause; ~35% of builds got "not sure" '
        "-> customers called it useless\n"
        "T: me (agent owner): explain why forcing an answer = more wrong answers; set the "
        "threshold *with* them, not for them\n"
        "A:\n"
        "1. no ROC curves, no jargon -> 20 real failed builds from their top 5 customers, side by "
        "side: what the agent says at threshold 0.6 vs 0.3\n"
        '2. framed the cost as **"blaming the wrong person"**: at 0.3 it answers 85% of builds '
        "but ~1 in 4 answers blames the wrong commit / owner (vs ~1 in 12 at 0.6)\n"
        '3. they chose the middle: 0.45 + "low confidence" label + evidence links, instead of '
        "silence\n"
        "4. 1-page FAQ for their team; monthly complaint review together\n"
        'R: "not sure" 35% -> 22%; wrong-blame complaints flat; CS now brings threshold '
        "questions to us first\n"
        "Learned: examples from their world > metrics; the people who own the customer pick the "
        "trade-off",
        "On the CI triage agent, our customer success leads wanted it to always name a root cause. "
        "About a third of failing builds were getting 'not sure', and customers were calling it "
        "useless. As the owner I had to explain why forcing an answer means more wrong answers, "
        "and I wanted to set the threshold together with them rather than for them. I didn't bring "
        "curves or jargon. I took twenty real failed builds from their five biggest customers and "
        "showed side by side what the agent would say at the current threshold and at a much lower "
        "one. I put the cost in their terms, blaming the wrong person: at the low setting it "
        "answers about eighty-five percent of builds, but roughly one answer in four points at the "
        "wrong commit, against one in twelve today. Seeing that, they chose a middle setting, plus "
        "a low-confidence label with evidence links instead of silence. I wrote a one-page FAQ and "
        "we review complaints monthly. 'Not sure' went from thirty-five to twenty-two percent with "
        "no rise in wrong-blame complaints. What I learned: concrete examples from their world "
        "beat metrics.",
        "I had to explain to our customer success team why the model sometimes doesn't give an "
        "answer. I avoided jargon and used simple examples, and in the end they understood and we "
        "found a compromise.",
        "Customer success wanted the agent to always name a root cause, so I explained it to them "
        "properly: I walked them through the ROC curve, precision and recall at each threshold, "
        "and the AUC, because I think non-technical people should learn the real metrics. I didn't "
        "show them individual builds, anecdotes are misleading. In the end I kept the threshold at "
        "0.6 and made the call myself, since it's a technical decision. 'Not sure' answers went up "
        "to about forty percent and CS escalated to my director, but I still think it was the "
        "right call.",
        "A trade-off I think about a lot is latency versus quality in the agent. A bigger model "
        "gets more diagnoses right, but every build takes longer and costs more, so we route easy "
        "failures, like obvious compile errors, to a small model and only send the ambiguous ones "
        "to the large one. That cut our cost per build almost in half without hurting accuracy.",
        "A time I had to explain a technical trade-off to people without a technical background... "
        "yes, I've had to explain technical trade-offs to non-technical people. It was a "
        "trade-off, a technical one, and they weren't technical, so I explained it. That's a time "
        "I explained a technical trade-off to people without a technical background.",
    ),
]
