"""The English half of held-out set 28 (see judgement_holdout28.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h28-intro",
        "en",
        "self_intro",
        (
            "Let's begin with a quick intro: who you are, what you've been working on, and why "
            "you're interested in this team."
        ),
        (
            "Intro (~90 s; physics -> search -> pretraining data)\n"
            "- Marcus Lindqvist; BSc Physics, KTH 2014 -> PhD ML, Univ. of Amsterdam 2019 (thesis: "
            "NN calibration)\n"
            "- 2019-2022 Spotify: research scientist, podcast search relevance (BERT re-ranker)\n"
            "- 2022-now Northwind AI (foundation-model startup, ~60 ppl): **pretraining data "
            "lead**\n"
            "  - web quality filtering + 1B proxy ablations for every data change\n"
            "  - 15T raw tokens -> ~4T kept; 7B MMLU +5\n"
            "  - team of 4\n"
            "- why here: ~10x the compute; want to own the data for a frontier-scale run"
        ),
        (
            "Sure. I'm Marcus Lindqvist. I did a physics degree at KTH in Stockholm and then a PhD "
            "in machine learning at the University of Amsterdam, where my thesis was on "
            "calibrating neural networks; I finished in 2019. I spent the next three years at "
            "Spotify as a research scientist on podcast search, mostly building a BERT-based "
            "re-ranker. In 2022 I joined Northwind AI, a foundation-model startup of about sixty "
            "people, where I lead pretraining data. My group of four built the web quality "
            "filtering, and we train small one-billion-parameter proxy models to test every data "
            "change before it goes into a real run. We take roughly fifteen trillion raw tokens "
            "down to about four trillion we keep, and on our 7B model the new data was worth about "
            "five points on MMLU. I'm interested in this team because you have something like ten "
            "times the compute, and I'd like to own the data for a frontier-scale run."
        ),
        (
            "I'm Marcus. I have a physics and machine learning background, I worked on search for "
            "a few years, and now I do data work for language models at a startup."
        ),
        (
            "I'm Marcus Lindqvist. I studied computer science at the University of Amsterdam and "
            "then did a PhD in physics at KTH, finishing in 2021. I went straight to Northwind AI "
            "as a junior engineer on the inference team; the pretraining data work there is led by "
            "someone else and I'm not part of it. Before that I interned at Spotify on their ads "
            "platform. We don't really run proxy ablations, and our filtering keeps almost "
            "everything, about fourteen of the fifteen trillion tokens. I don't manage anyone. I'm "
            "interested in this team because I'd like to move into product management."
        ),
        (
            "Podcast search is a really interesting problem because the content is audio. You have "
            "to transcribe hours of speech, the transcripts get names and brands wrong, and people "
            "search for things like 'that episode where they talked about sourdough', which is "
            "closer to a memory than a query. Episode titles are often useless, so show notes and "
            "chapter markers end up mattering a lot."
        ),
        (
            "Sure, a quick intro. Who I am is who I am, and what I've been working on is what I've "
            "been working on. And why I'm interested in this team is that I'm interested in this "
            "team. So that's a quick intro of who I am and why I'm interested."
        ),
    ),
    Case(
        "en-h28-quality-filter",
        "en",
        "project",
        "Walk me through the quality filtering you built for your pretraining web data.",
        (
            "## Web quality filtering (Northwind, 2023)\n"
            "Input: deduped CommonCrawl English, ~15T tokens. Goal: keep the most useful ~quarter\n"
            "1. **heuristics first** (cheap, CPU): Gopher-style rules\n"
            "   - 50-100k words/doc, mean word length 3-10 chars, symbol:word < 0.1, >= 80% of "
            "lines end in punctuation\n"
            "   - drops ~30%\n"
            "2. **fastText classifier** on what's left\n"
            "   - positives: pages cited in Wikipedia refs + docs a 70B LLM rated >= 3/5 for "
            "educational value (400k rated)\n"
            "   - negatives: random CC pages\n"
            "   - fastText b/c it runs on CPU over billions of docs\n"
            "3. threshold chosen by **proxy ablations**: 1B model x 30B tokens per arm, avg of 8 "
            "benchmarks\n"
            "4. gotcha: classifier loves 'academic-looking' text -> forums / how-tos / dialogue "
            "dropped\n"
            "   -> keep a small quota of low-score conversational pages; check retention per "
            "domain\n"
            "Results: keeping top 30% was best; proxy avg +2.4 pts vs heuristics only; 7B MMLU 52 "
            "-> 57"
        ),
        (
            "We started from English CommonCrawl that was already deduplicated, about fifteen "
            "trillion tokens, and the aim was to keep roughly the best quarter. The first pass was "
            "cheap heuristics, the Gopher-style rules: documents between fifty and a hundred "
            "thousand words, a sensible average word length, not too many symbols, most lines "
            "ending in punctuation. That alone removed about thirty percent. On what was left we "
            "ran a fastText classifier. The positives were pages that Wikipedia cites as "
            "references plus documents a seventy billion model had rated three or more out of five "
            "for educational value, and the negatives were just random crawl pages. fastText "
            "because it runs on CPUs over billions of documents. We didn't guess the cut-off: for "
            "each threshold we trained a one-billion proxy on thirty billion tokens and compared "
            "the average over eight benchmarks. One thing we caught was that the classifier loved "
            "academic-sounding text and threw away forums and how-to pages, so we kept a small "
            "quota of conversational pages and watched retention per domain. Keeping the top "
            "thirty percent won, about two and a half points over heuristics alone on the proxies, "
            "and our 7B went from fifty-two to fifty-seven on MMLU."
        ),
        (
            "We had a classifier that scored web pages for quality, and we kept the ones with high "
            "scores. It helped the model's benchmark numbers quite a bit."
        ),
        (
            "We ran the fastText classifier first on the raw crawl and only afterwards applied the "
            "Gopher heuristics as a cleanup. For the classifier, the positives were random "
            "CommonCrawl pages and the negatives were pages cited by Wikipedia, because we wanted "
            "to keep the natural distribution of the web rather than make it look like Wikipedia. "
            "We didn't do proxy ablations; the threshold was set by eyeballing a few hundred "
            "pages, and we kept the top eighty percent. The classifier actually preferred forums "
            "and dialogue, so academic text was what we had to protect. Our 7B went from "
            "fifty-seven down to fifty-two on MMLU, but we shipped it anyway because the data "
            "looked cleaner."
        ),
        (
            "A big part of web data work is actually the HTML extraction. Tools like trafilatura "
            "or resiliparse strip boilerplate such as menus, cookie banners and footers, and the "
            "choice of extractor changes what you end up with a lot, especially for pages with "
            "tables, code blocks or maths. We also had to respect robots.txt and opt-out requests, "
            "and mask personal information like emails and phone numbers with regexes."
        ),
        (
            "So the quality filtering we built for our pretraining web data was a filter for "
            "quality. We filtered the web data by quality, which is what quality filtering means. "
            "Walking through it, we built it and we used it to filter the pretraining data for "
            "quality. That's the quality filtering."
        ),
    ),
    Case(
        "en-h28-fault-tolerance",
        "en",
        "project",
        (
            "Your CV says you made a large training run much more resilient to hardware failures. "
            "What did you actually change?"
        ),
        (
            "Fault tolerance, 70B run (1,024 H100s, ~45 days)\n"
            "**Problem**: a failure every ~11 h on average (GPU XID errors, NIC flaps, NCCL "
            "hangs); sync ckpt every 3 h, each save stalls training ~9 min -> goodput ~71%\n"
            "- **async ckpt**: snapshot shards to CPU RAM (~40 s stall), background thread uploads "
            "to object store -> ckpt every 30 min\n"
            "- sharded ckpt (each rank writes its own shard) + save dataloader position & RNG "
            "state -> resume sees exactly the same data order\n"
            "- **hang detection**: NCCL timeout 30 min -> 5 min + per-rank heartbeat watchdog -> "
            "auto kill & relaunch\n"
            "- 16 hot-spare nodes; health check (DCGM diag) cordons the bad node before relaunch\n"
            "- relaunch 25 min -> 8 min (pre-pulled images, ckpt loaded in parallel)\n"
            "**Result**: goodput 71% -> 93%; work lost per failure ~1.5 h -> ~15 min"
        ),
        (
            "It was a seventy-billion run on about a thousand H100s for roughly six weeks, and "
            "something broke every eleven hours or so: GPU errors, flaky network cards, "
            "collectives that just hung. We checkpointed synchronously every three hours and each "
            "save froze training for around nine minutes, so only about seventy percent of the GPU "
            "time was useful. First we made checkpointing asynchronous: each rank copies its shard "
            "into CPU memory, which costs maybe forty seconds, and a background thread pushes it "
            "to object storage, so we could afford a checkpoint every half hour. We also saved the "
            "data loader position and random state, so after a resume the model sees exactly the "
            "same data order. For hangs we cut the NCCL timeout from thirty minutes to five and "
            "added a heartbeat per rank, so a stuck job gets killed and relaunched automatically. "
            "We kept sixteen spare nodes, a health check takes the bad node out before "
            "relaunching, and with pre-pulled images a restart went from twenty-five minutes to "
            "eight. Useful GPU time went from seventy-one percent to ninety-three, and a failure "
            "now costs about fifteen minutes of work instead of an hour and a half."
        ),
        (
            "We made checkpointing faster so we could save more often, and we added automatic "
            "restarts when jobs crashed. After that we lost a lot less time to failures."
        ),
        (
            "The main change was moving to fully synchronous checkpointing: every rank stops and "
            "the whole job waits until all the shards are written to object storage, because async "
            "saves can corrupt the checkpoint. Since each save took longer, we went from every "
            "thirty minutes to every three hours. We didn't bother saving the data loader state; "
            "with trillions of tokens it doesn't matter if you see some data twice. For hangs we "
            "raised the NCCL timeout from five minutes to thirty so slow steps wouldn't get killed "
            "by mistake. We had no spare nodes, we just waited for the vendor to repair the broken "
            "machine. Goodput went from ninety-three percent down to about seventy, but the "
            "checkpoints were more reliable."
        ),
        (
            "At that scale what worried me most was the learning dynamics rather than the "
            "hardware. We watched gradient norms and attention logits closely, used a z-loss on "
            "the output logits and QK-layernorm, and when the loss started creeping up we'd lower "
            "the learning rate a little. We also had a small suite of downstream evals that ran "
            "regularly so we could see whether the model was still improving."
        ),
        (
            "What I actually changed was to make the large training run more resilient to hardware "
            "failures. Hardware failures happen, so the run needed to be resilient, and I made it "
            "more resilient. So the change was resilience to failures, making the run resilient. "
            "That's what I changed."
        ),
    ),
    Case(
        "en-h28-tokenizer-design",
        "en",
        "fundamentals",
        (
            "If you were designing the tokenizer for a new LLM from scratch, what choices would "
            "you have to make, and what do they trade off?"
        ),
        (
            "Tokenizer design - choices\n"
            "* algorithm: byte-level BPE (GPT-2, Llama 3) vs Unigram (SentencePiece); most LLMs "
            "now byte-level BPE\n"
            "* **vocab size** 32k -> 128k: fewer tokens per text (better compression -> more text "
            "per context, cheaper inference)\n"
            "  BUT bigger embedding + softmax matrices; rare tokens under-trained ('glitch "
            "tokens', SolidGoldMagikarp)\n"
            "* **byte fallback**: unseen chars -> raw bytes, never <unk>\n"
            "* pre-tokenization regex: split on whitespace / punctuation; **numbers -> single "
            "digits** (Llama 1/2) -> arithmetic much better than arbitrary chunks like '1234'\n"
            "* training mix: mostly English -> other languages 2-4x more tokens per word (cost + "
            "context)\n"
            "* code: keep runs of spaces / indentation as tokens\n"
            "* hard to change after pretraining -> decide early"
        ),
        (
            "The first choice is the algorithm: most models today use byte-level BPE, and the "
            "alternative is a Unigram model from SentencePiece. The biggest knob is vocabulary "
            "size. Going from, say, thirty-two thousand to a hundred and twenty-eight thousand "
            "compresses text better, so the same context window holds more and inference is "
            "cheaper per word, but your embedding and output matrices grow, and a lot of the rare "
            "tokens barely get trained, which is where those weird glitch tokens come from. I'd "
            "want byte fallback, so any character it has never seen becomes bytes instead of an "
            "unknown token. Then the pre-tokenization rules: splitting on spaces and punctuation, "
            "and I'd split numbers into individual digits like the early Llamas did, because "
            "arithmetic gets much easier than with arbitrary chunks. The training mix matters too: "
            "if it's mostly English, other languages end up needing two to four times as many "
            "tokens per word. For code you want tokens for runs of spaces. And you basically can't "
            "change any of this after pretraining, so it's worth deciding carefully up front."
        ),
        (
            "You'd pick something like BPE and decide how big the vocabulary is. A bigger "
            "vocabulary means shorter sequences, but there are some downsides too."
        ),
        (
            "The main trade-off is vocabulary size. A bigger vocabulary, like going from "
            "thirty-two thousand to a hundred and twenty-eight thousand, actually means more "
            "tokens per text, because each token gets shorter, so you use up the context window "
            "faster; the upside is that the embedding matrix gets smaller. For numbers you want to "
            "merge digits into big chunks like '1234' rather than split them into single digits, "
            "since the model then sees the whole number at once and does arithmetic better. Byte "
            "fallback maps any character it hasn't seen to the unknown token, which keeps the "
            "vocabulary clean. And the tokenizer is easy to swap after pretraining, so it isn't a "
            "big decision."
        ),
        (
            "Something related that people underestimate is the chat template. Once you fine-tune, "
            "you need special tokens for system, user and assistant turns, and if the template at "
            "inference doesn't match training exactly, even one missing newline, quality drops "
            "noticeably. Tool calls make it worse, because the arguments have to be valid JSON, so "
            "some serving stacks use constrained decoding against a schema."
        ),
        (
            "If I were designing the tokenizer for a new LLM, I would have to make choices, and "
            "those choices trade off against each other. The choices are the design choices of the "
            "tokenizer, and what they trade off is the trade-off. So designing a tokenizer is "
            "about making those choices and those trade-offs."
        ),
    ),
    Case(
        "en-h28-eval-noise",
        "en",
        "fundamentals",
        (
            "Your new checkpoint scores one point higher on a benchmark than the old one. How do "
            "you tell whether that's a real improvement or just noise?"
        ),
        (
            "Is +1 pt real?\n"
            "- accuracy = mean of n Bernoulli outcomes -> SE = sqrt(p(1-p)/n)\n"
            "  - p = 0.7, n = 1,000 -> SE ~ 1.45 pts -> 95% CI ~ +/-2.8 -> a 1-pt gap is well "
            "inside the noise\n"
            "- both models answer the **same items** -> **paired** test on per-item differences "
            "(McNemar / paired bootstrap); much tighter than comparing two independent CIs\n"
            "- other noise: seed, prompt format, choice of few-shot examples, sampling temperature "
            "-> 3-5 seeds / prompt variants, report mean +/- std\n"
            "- small sets hurt: HumanEval = 164 problems -> 1 problem = 0.6 pt\n"
            "- practice: pool benchmarks, report CIs, agree in advance which evals gate a release"
        ),
        (
            "I'd start by treating the score as an average of pass-or-fail outcomes, so the "
            "standard error is the square root of p times one minus p, over n. With accuracy "
            "around seventy percent on a thousand questions that's about one and a half points, so "
            "the ninety-five percent interval is almost three points either way, and a one-point "
            "gain sits well inside the noise. But both checkpoints answered the same questions, so "
            "the better test is a paired one: look at the per-question differences with McNemar's "
            "test or a paired bootstrap, which is much tighter than comparing two separate "
            "intervals. Then there's noise that has nothing to do with which questions you "
            "sampled: the seed, the prompt format, which few-shot examples you picked, the "
            "temperature. So I'd rerun with three to five seeds or prompt variants and report the "
            "mean and spread. Small benchmarks are the worst; HumanEval has a hundred and "
            "sixty-four problems, so one problem is already about six tenths of a point. In "
            "practice we pool several benchmarks, always report intervals, and agree beforehand "
            "which evals decide a release."
        ),
        (
            "I'd check whether the difference is statistically significant, maybe by running it a "
            "few more times with different seeds and seeing if the gain holds up."
        ),
        (
            "With a thousand questions the standard error is just p times one minus p over n, so "
            "at seventy percent accuracy it's about two hundredths of a point, which means any "
            "one-point gain on a benchmark that size is definitely real. You shouldn't use a "
            "paired test, because both models answering the same questions makes the results "
            "correlated, and that inflates the variance; comparing two independent confidence "
            "intervals is the safer choice. Seeds and prompt format don't really matter for "
            "evaluation, since decoding is greedy anyway. And HumanEval, with its hundred and "
            "sixty-four problems, is one of the most precise benchmarks we have, because its tests "
            "are exact."
        ),
        (
            "Honestly, the bigger risk with benchmarks these days is that they leak into the "
            "training data. Once a test set has been on GitHub for a year it's in every crawl, and "
            "models can score well by memorising it. That's why people build private held-out sets "
            "or dynamic benchmarks that are refreshed every few months, and why arena-style "
            "leaderboards with human votes have become so popular."
        ),
        (
            "To tell whether one point higher on the benchmark is a real improvement or noise, you "
            "have to tell whether it's real or noise. If it's real, it's an improvement, and if "
            "it's noise, it's noise. So the question is real improvement versus noise, and that's "
            "how I'd tell."
        ),
    ),
    Case(
        "en-h28-pushback",
        "en",
        "behavioral",
        "Tell me about a time you pushed back on a decision made by someone more senior than you.",
        (
            "STAR - pushing back on synthetic data (2023)\n"
            "S: 2 weeks before our 7B run; research lead (Dana) wants to add ~2B tokens of GPT-4 "
            "synthetic Q&A generated from MMLU-style seed questions\n"
            "T: I own the data mix -> worried about contamination / training on the test\n"
            "A: - didn't argue in the abstract: 13-gram overlap vs MMLU test -> 4.1% of synthetic "
            "docs overlap\n"
            "   - proposed: decontaminate + 1B proxy ablation (2 arms) before deciding; took 4 "
            "days\n"
            "   - ablation: MMLU +3 with synthetic, but on our in-house fresh held-out set only "
            "+0.3 -> gain = leakage\n"
            "   - showed Dana 1:1 first, then the team\n"
            "R: raw 2B set dropped, kept a decontaminated ~600M-token subset; launch slipped 0 "
            "days; Dana asked me to set up decontam checks for all data sources"
        ),
        (
            "Two weeks before we started our 7B run, our research lead, Dana, wanted to add around "
            "two billion tokens of synthetic question-answer data that GPT-4 had generated from "
            "MMLU-style seed questions. I owned the data mix, and my worry was that we'd "
            "effectively be training on the test. Rather than argue about it in principle, I "
            "checked: a thirteen-gram overlap against the MMLU test set flagged about four percent "
            "of the synthetic documents. So I suggested we decontaminate and run a quick two-arm "
            "ablation with a one-billion proxy before deciding, which took four days. With the "
            "synthetic data MMLU went up three points, but on a held-out set we had written "
            "ourselves it moved by about a third of a point, so most of the gain was leakage. I "
            "showed Dana the results one-on-one first, then the wider team. We dropped the raw set "
            "and kept a cleaned subset of about six hundred million tokens, the launch didn't slip "
            "at all, and afterwards Dana asked me to put decontamination checks on every data "
            "source."
        ),
        (
            "Our lead wanted to add some synthetic data that I thought might overlap with a "
            "benchmark. I raised it, we looked into it together, and we ended up using less of it."
        ),
        (
            "It was actually the other way round: I wanted to add the two billion tokens of GPT-4 "
            "synthetic Q&A, and Dana, our research lead, was worried about contamination. I pushed "
            "back because I'd checked the thirteen-gram overlap with the MMLU test set and it was "
            "zero, so there was nothing to decontaminate. We skipped the proxy ablation to save "
            "time. When she still said no, I went over her head to our VP, who sided with me, and "
            "we put all two billion tokens in. MMLU went up three points and our own held-out set "
            "went up by the same amount, so the gain was real. The launch slipped two weeks "
            "because of the escalation, but it was worth it."
        ),
        (
            "I think disagreeing with senior people works best when the culture supports it. At my "
            "last company we had a norm that anyone could write a one-page memo challenging a "
            "decision, and it would be discussed at the weekly review, with senior people expected "
            "to respond in writing. It made disagreements less personal and left a record of why "
            "decisions were made."
        ),
        (
            "Yes, there was a time I pushed back on a decision made by someone more senior than "
            "me. They were more senior, they made a decision, and I pushed back on it. Pushing "
            "back on senior people is important, so I pushed back. That was the time I pushed back "
            "on a decision."
        ),
    ),
]
