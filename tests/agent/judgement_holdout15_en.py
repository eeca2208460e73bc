"""The English half of held-out set 15 (see judgement_holdout15.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h15-intro",
        "en",
        "self_intro",
        "Could you walk me through your background and what you're doing at the moment?",
        "Intro (~90 s, don't read the CV)\n"
        "- Hannah Lindqvist; BSc Maths, KTH Stockholm 2014 -> MSc Machine Learning, UCL 2016\n"
        "- 2016-2021 Jobbly (job marketplace, ~3M listings): search engineer -> moved job search "
        "to **hybrid retrieval** (BM25 + dense, RRF)\n"
        "- 2021-now Quillo (maths learning app, grades 6-10, ~2M students), **senior MLE**\n"
        "  - since 2023: own the LLM **hint generator** (hints that never give the answer away)\n"
        "  - highlight: answer-leak rate 11% -> 0.8%; hint-to-solve rate +14% rel\n"
        "  - 2 direct reports\n"
        "- why this role: post-training + evaluation at larger scale, closer to the models",
        "Sure. I'm Hannah Lindqvist. I studied maths at KTH in Stockholm and then did a master's "
        "in machine learning at UCL, which I finished in 2016. My first job was at Jobbly, a job "
        "marketplace with around three million listings, where I was a search engineer; the big "
        "project there was moving job search from pure keyword matching to a hybrid of BM25 and "
        "embeddings, merged with reciprocal rank fusion. In 2021 I joined Quillo, a maths "
        "learning app used by about two million students in grades six to ten, and I'm a senior "
        "ML engineer there. Since 2023 I've owned our LLM hint generator, whose whole point is "
        "to help a stuck student without handing over the answer. We brought the rate of hints "
        "that leak the answer from eleven percent down to under one, and students solve the "
        "problem after a hint fourteen percent more often. I have two people reporting to me. "
        "Next I'd like to be closer to the models themselves, doing post-training and evaluation "
        "at a bigger scale.",
        "I'm Hannah. I studied maths and then machine learning, I worked on search for a few "
        "years, and now I'm at an education company working on LLM features.",
        "I'm Hannah Lindqvist. I studied computer science at UCL and did a PhD at KTH, finishing "
        "in 2019. I went straight to Quillo, where I work on the content recommendation feed for "
        "teachers, and before that I'd never touched search. The hint generator belongs to "
        "another team; I only review its outputs now and then. Our headline result was the "
        "answer-leak rate going from 0.8% to 11%, which we accepted because students liked more "
        "direct hints. I manage a team of twelve, and what I want next is to move fully into "
        "management.",
        "Education is one of the most interesting places to apply LLMs right now. Students have "
        "a tutor available at any hour, teachers can generate worksheets and differentiated "
        "material in minutes, and a lot of schools are rethinking homework because essays can be "
        "written by a chatbot. The open question for the industry is regulation, since products "
        "for children face stricter privacy rules in most countries.",
        "Sure, my background and what I'm doing at the moment. My background is the background I "
        "have, and at the moment I'm doing what I'm currently doing. So that's my background and "
        "what I'm doing at the moment, walked through.",
    ),
    Case(
        "en-h15-project-hints",
        "en",
        "project",
        "Tell me about the hint generator. How did you stop the model from simply giving away "
        "the answer?",
        "Maths hint generator (2023-now)\n"
        "Goal: student stuck on a step -> ONE hint that moves them forward, **never the final "
        "answer**\n"
        "v0 = prompt-only GPT-4 -> answer leaked in ~11% of hints, wrong maths in ~6%\n"
        "**Pipeline (mine)**\n"
        "1. solve first: model writes a full worked solution; final answer checked with SymPy vs "
        "the answer key -> mismatch = no generated hint, fall back to a teacher-written hint\n"
        "2. locate the student's step: align their work with the solution steps -> target the "
        "first wrong / missing step\n"
        "3. generate the hint from that step only (not the whole solution) -> less to leak\n"
        "4. **leak filter**: numbers / expressions in the hint checked with SymPy for "
        "equivalence to the final answer (0.5 == 1/2) -> regenerate, max 2 tries\n"
        "5. later: LoRA fine-tuned 8B on 12k teacher-rated hints -> cost -85% vs GPT-4\n"
        "Eval: teachers rate 500 hints / month, 1-4 rubric (correct / helpful / no leak); online "
        "= hint-to-solve rate\n"
        "Results: leak 11% -> 0.8%; wrong maths 6% -> 1.5%; hint-to-solve +14% rel\n"
        "Mine: pipeline + leak filter + eval; app integration = product eng",
        "The idea is that a student who's stuck on a step gets a single nudge that moves them "
        "on, but never the final answer. Our first version was just a GPT-4 prompt, and roughly "
        "one hint in nine gave the answer away, plus about six percent had bad maths. So I "
        "turned it into a pipeline. The model first solves the whole problem, and SymPy compares "
        "its answer with the answer key; if they don't match we don't generate anything and show "
        "a teacher's hint instead. Next we line up the student's working against the solution to "
        "find the first step that's missing or wrong, and the hint is written from that step "
        "alone, so the model never sees the full answer while writing it. Then a filter pulls "
        "every number or expression out of the hint and checks with SymPy that none is "
        "equivalent to the answer, so a half and 0.5 both get caught; a leaky hint is "
        "regenerated, at most twice. Later we moved to an 8B model fine-tuned with LoRA on "
        "twelve thousand teacher-rated hints, about 85 percent cheaper. Leaks fell below one "
        "percent.",
        "The main trick was a check after generation: we looked at whether the hint contained "
        "the final answer, including equivalent forms, and regenerated it if it did.",
        "We didn't build any filtering, because that only adds latency. Instead we wrote a very "
        "strict system prompt telling GPT-4 never to reveal the answer, and that alone brought "
        "leaks to zero. The model writes the hint first and only solves the problem afterwards, "
        "and we never check its solution against the answer key, since GPT-4 is reliable at "
        "school maths. When it writes the hint we give it the whole worked solution, so it has "
        "the maximum context. We never fine-tuned anything either; an 8B model was far too weak "
        "for this, so we stayed on GPT-4 and costs went up about 85 percent. Teachers weren't "
        "involved in the evaluation; we just tracked thumbs-up rates.",
        "There's a lot of research on why hints matter in learning. The idea of productive "
        "struggle says students learn more when they work through difficulty rather than being "
        "shown worked examples straight away, and intelligent tutoring systems like Carnegie "
        "Learning's have used that for decades. Motivation matters too: gamification, streaks "
        "and immediate feedback keep younger students engaged, and teachers want dashboards that "
        "show who is falling behind.",
        "The hint generator is a generator of hints. To stop the model from simply giving away "
        "the answer, we stopped it from giving away the answer, so it wouldn't simply give the "
        "answer away. That's the hint generator and how we stopped it giving away the answer.",
    ),
    Case(
        "en-h15-project-hybrid",
        "en",
        "project",
        "At Jobbly you moved job search to hybrid retrieval. How did you combine the keyword and "
        "dense results?",
        "Hybrid job search (2019-2021)\n"
        'Problem: BM25 only -> vocabulary mismatch ("software developer" vs "programmer", '
        '"nurse" vs "RN"); ~3M listings, ~400 QPS peak\n'
        "**Design**\n"
        "- 2 retrievers in parallel: Elasticsearch BM25 top-200 + dense bi-encoder (fine-tuned "
        "on apply clicks, FAISS HNSW) top-200\n"
        "- fusion = **Reciprocal Rank Fusion**: score(d) = Σ_r 1 / (k + rank_r(d)), k = 60\n"
        "  - ranks only -> no need to calibrate BM25 scores (unbounded) against cosine (-1..1)\n"
        "  - tried a linear mix of raw scores first -> best weight drifted with query length -> "
        "dropped\n"
        "- LightGBM re-ranker on the fused top-100 (distance, salary match, freshness)\n"
        "- exact-match guard: query looks like a job ID / company name -> BM25 only\n"
        "Eval: offline recall@100 on 8k queries labelled from applications; online A/B\n"
        "Results: recall@100 0.71 -> 0.84; zero-result queries 4.2% -> 1.1%; applications / "
        "search +5% rel; p95 +18 ms\n"
        "Mine: fusion + dense retriever training; re-ranker = colleague",
        "Keyword search alone kept missing jobs because seekers and employers word things "
        "differently: someone types programmer and the ad says software developer. With about "
        "three million listings and around four hundred queries a second at peak, I ran two "
        "retrievers side by side, Elasticsearch BM25 and a bi-encoder we fine-tuned on "
        "application clicks, served from a FAISS HNSW index, each giving two hundred candidates. "
        "To merge them I used reciprocal rank fusion, so a listing gets one over sixty plus its "
        "position in each list, summed up. Because it only looks at positions, you never need to "
        "make unbounded BM25 scores comparable with cosine similarities. We'd tried a weighted "
        "blend of the raw scores first, but the right weight kept moving with query length, so "
        "we dropped it. A colleague's LightGBM reranker then reordered the top hundred using "
        "distance, salary and freshness, and queries that looked like a job ID or a company name "
        "skipped the dense side. Recall at a hundred went from 0.71 to 0.84, zero-result "
        "searches fell from about four percent to one, and applications per search rose five "
        "percent.",
        "We ran keyword search and embedding search together and merged the two lists by their "
        "rank positions rather than their raw scores, and that fixed a lot of the synonym "
        "problems.",
        "We combined them with a weighted sum of the raw scores, 0.7 times the BM25 score plus "
        "0.3 times the cosine similarity, which works well because both scores are on the same "
        "scale anyway. We tried reciprocal rank fusion first, but it ignores the ranks and only "
        "looks at the scores, so it was too noisy and we dropped it. The dense retriever ran "
        "first and BM25 only re-scored its top 60. Job IDs and company names also went through "
        "the dense model, since embeddings handle exact strings fine. Recall at 100 went from "
        "0.84 down to 0.71, but latency improved, so we kept it.",
        "Job search has some unusual problems compared with e-commerce. Listings expire after a "
        "few weeks, so the index churns constantly, and it's a two-sided market: if a popular "
        "job gets thousands of applications, showing it to even more people hurts both sides. "
        "Location is also much stricter than in shopping, since most people won't commute more "
        "than an hour, and salary transparency laws changed what employers put in their ads.",
        "We moved job search to hybrid retrieval, and to combine the keyword and dense results "
        "we combined them. The keyword results and the dense results were combined into hybrid "
        "results, which is how hybrid retrieval combines keyword and dense results.",
    ),
    Case(
        "en-h15-packing",
        "en",
        "fundamentals",
        "When fine-tuning an LLM, people often pack several short examples into one sequence. "
        "How does packing work, and what do you have to be careful about?",
        "## Sequence packing\n"
        "Why: SFT lengths vary a lot (median ~300 tokens, max 4k); pad everything to 4k -> most "
        "compute goes to pad tokens (~70-90% waste)\n"
        "**How**\n"
        "- concatenate examples (EOS between) into fixed-length rows, e.g. 4096 tokens; greedy / "
        "first-fit-decreasing bin packing -> fill rate ~95%+\n"
        "- **attention mask = block-diagonal** -> a token attends only within its own example "
        "(no cross-contamination); FlashAttention varlen + cu_seqlens does it without "
        "materialising the mask\n"
        "- **position ids reset** to 0 at each example start\n"
        "- loss: still mask prompt tokens (train on responses only); averaging matters -> "
        "per-token mean over the pack weights long answers more than a per-example mean\n"
        "Pitfalls\n"
        "- naive packing (one causal mask over the whole row) -> attends to unrelated earlier "
        "examples; mostly tolerated in pretraining, hurts SFT / multi-turn\n"
        "- don't split an SFT example across two rows (truncation cuts the answer)\n"
        "- fewer steps per epoch -> re-tune LR schedule / total steps\n"
        "Gain: ~2-4x throughput on typical SFT mixes",
        "Fine-tuning data is very uneven: most examples are a few hundred tokens and a handful "
        "are thousands, so padding everything to the longest wastes most of the GPU on padding. "
        "Packing glues several examples together, with an end-of-sequence token in between, into "
        "rows of a fixed length such as 4k, using a simple bin-packing heuristic so rows come "
        "out about ninety-five percent full. The catch is that each example should only see "
        "itself, so instead of one causal mask over the whole row you want a block-diagonal one; "
        "in practice flash attention's variable-length kernel handles that from the cumulative "
        "sequence lengths. Position ids also restart at zero for every example. For the loss you "
        "still mask the prompts, and you have to choose how to average, because a per-token mean "
        "over the packed row gives long answers more weight than averaging per example. Also "
        "don't cut an example across two rows, and since you get fewer steps per epoch, revisit "
        "the learning-rate schedule. Typically you get two to four times the throughput.",
        "Packing just means putting multiple short examples into one long sequence so you don't "
        "waste compute on padding tokens. It makes training a lot faster.",
        "You concatenate the examples into one long row and that's really all there is to it: a "
        "normal causal mask over the whole row is exactly what you want, because seeing the "
        "earlier examples gives the model extra context and actually improves fine-tuning. "
        "Position ids should keep increasing across the row rather than restart, otherwise the "
        "model gets confused about order. The loss goes on every token, prompts included, and "
        "how you average doesn't matter. Splitting an example across two rows is fine and even "
        "recommended for a higher fill rate. Packing doesn't change the number of steps either, "
        "so the learning-rate schedule stays the same.",
        "When memory is the limit, the usual tool is gradient accumulation: you run several "
        "micro-batches, add up their gradients and only step the optimizer after, say, eight of "
        "them, so the effective batch size is eight times larger without more memory. Combined "
        "with gradient checkpointing, which recomputes activations in the backward pass instead "
        "of storing them, you can fine-tune surprisingly large models on a single node.",
        "Packing is when people pack several short examples into one sequence while fine-tuning. "
        "How it works is that the examples get packed, and what you have to be careful about is "
        "being careful with packing. So that's how packing works and what to be careful about.",
    ),
    Case(
        "en-h15-arena",
        "en",
        "fundamentals",
        "How do leaderboards like Chatbot Arena turn pairwise human votes into a ranking, and "
        "what are the caveats?",
        "## Arena-style ranking (pairwise votes -> scores)\n"
        "Setup: user sends a prompt, 2 anonymous models answer side by side, user votes A / B / "
        "tie; identities revealed only after the vote\n"
        "**Bradley-Terry**: P(i beats j) = 1 / (1 + e^-(β_i − β_j)); fit all β by maximum "
        "likelihood (= logistic regression over all battles)\n"
        "- shown on an Elo-like scale (400 · log10 base), anchored so one model = 1000\n"
        "- why BT, not online Elo: online Elo depends on battle order + K-factor; BT uses all "
        "data at once -> stable, order-independent\n"
        "- uncertainty: bootstrap over battles (~1000 resamples) -> CIs; overlapping CIs = not "
        "really different\n"
        "- new models get more battles (active sampling) -> CIs shrink faster\n"
        "**Caveats**\n"
        '- style bias: longer, markdown-heavy answers win more -> "style control" (length / '
        "markdown as covariates)\n"
        "- prompt mix ≠ your use case; coding / hard-prompt categories can rank differently\n"
        "- ties, vote spam, repeated prompts -> dedup + filtering\n"
        "- needs ~thousands of votes per model for tight CIs",
        "Every battle is one user prompt answered by two anonymous models next to each other; "
        "the user picks a winner or a tie, and only then are the names revealed. To get scores "
        "they fit a Bradley-Terry model: each model has a strength, and the probability that one "
        "beats the other is a logistic function of the gap between their strengths. All "
        "strengths are fitted together by maximum likelihood, which is essentially a logistic "
        "regression over every battle, and then put on an Elo-like scale so the numbers look "
        "familiar. They stopped updating Elo online because that depends on the order games "
        "arrive in and on the K-factor, while a joint fit is stable. For uncertainty they "
        "bootstrap the battles, so each model gets an interval, and if two intervals overlap you "
        "shouldn't call one better. Caveats: voters like long, nicely formatted answers, so you "
        "need style control that adds length and markdown as covariates; the prompts people "
        "bring may not look like yours, and coding or hard prompts can give a different order; "
        "and a model needs thousands of votes before its interval is tight.",
        "People compare two anonymous answers and vote for the better one, and then an Elo-style "
        "rating is computed from all those votes. One caveat is that voters may just prefer "
        "longer answers.",
        "Each vote updates the two models' Elo ratings online, like in chess, and that's the "
        "whole method; the order of the votes doesn't matter because Elo converges to the same "
        "numbers anyway. Bradley-Terry is only used to handle ties. The models' names are shown "
        "to the voter before voting so they can make an informed choice. Confidence intervals "
        "aren't needed once a model has about fifty votes. Style isn't a real issue either: if "
        "anything voters prefer short, plain answers, so verbose models get penalised. And "
        "because everyone draws from the same prompt pool, the arena order carries over directly "
        "to any use case, coding included.",
        "Static benchmarks are still the backbone of LLM evaluation. MMLU covers fifty-seven "
        "subjects as multiple-choice questions, GSM8K tests grade-school maths word problems, "
        "and HumanEval checks whether generated Python functions pass unit tests. The problem is "
        "saturation: frontier models score above ninety percent on most of them, so newer suites "
        "like GPQA and harder maths competitions are needed to separate the top models.",
        "Leaderboards like Chatbot Arena turn pairwise human votes into a ranking by turning the "
        "votes into a ranking. The caveats are the caveats of pairwise human votes and of "
        "rankings. So the votes become the ranking, with some caveats, and that's how "
        "leaderboards like Chatbot Arena work.",
    ),
    Case(
        "en-h15-beh-senior",
        "en",
        "behavioral",
        "Tell me about a time you disagreed with someone more senior than you. What happened?",
        "Disagreed with our head of ML (2023, hint generator launch)\n"
        "**S**: head of ML wanted hints live for all ~2M students before back-to-school (2 weeks "
        'away), based on a GPT-4 judge rating 92% of hints "good"\n'
        "**T**: I owned eval; thought the judge was too lenient on answer leaks\n"
        "**A**\n"
        "1. no opinion fight -> pulled 300 judged hints, 2 teachers labelled them blind\n"
        '2. judge vs teachers: only 64% agreement on the "leak" criterion; judge missed 7 of '
        "10 leaks on multi-step algebra\n"
        "3. 1:1 with her first (not in the big planning meeting) -> showed examples, proposed: "
        "grades 6-7 (mostly arithmetic, few leaks) on time + algebra after the leak filter\n"
        "4. she pushed back on any delay -> agreed: 10% staged rollout + kill switch + weekly "
        "teacher sample\n"
        "**R**: grades 6-7 shipped on time; algebra 3 weeks later with the leak filter (leaks "
        "0.8%); judge prompt recalibrated on teacher labels -> now a release check\n"
        "Learned: bring data + an option that still meets their goal; disagree in private, "
        "commit in public",
        "Just before the hint generator launched, our head of ML wanted it live for all two "
        "million students before the school year started, which was two weeks out, because a "
        "GPT-4 judge said ninety-two percent of hints were good. I owned evaluation and didn't "
        "trust that judge on answer leaks. Instead of arguing, I took three hundred hints it had "
        "scored and had two teachers label them without seeing its verdicts. On leaks the "
        "teachers and the judge agreed only about two thirds of the time, and on multi-step "
        "algebra it missed seven of ten leaks. I took that to her one-on-one rather than in the "
        "planning meeting, with examples, and suggested launching grades six and seven, which "
        "are mostly arithmetic, on schedule, and algebra once the leak filter was ready. She "
        "didn't want any delay, so we settled on a ten percent staged rollout with a kill switch "
        "and a weekly teacher sample. The younger grades launched on time, algebra three weeks "
        "later with leaks under one percent, and the recalibrated judge is now part of our "
        "release checks.",
        "I once disagreed with my manager's manager about launching a feature too early. I "
        "showed her some data, and in the end we did a smaller rollout first.",
        "Our head of ML wanted to launch the hints to everyone, and I disagreed, so I raised it "
        "straight away in the big planning meeting in front of the whole team, because I think "
        "disagreements should be aired in public. I hadn't collected any teacher labels at that "
        "point; I just had a bad feeling. She overruled me, we launched to all two million "
        "students at once, and only afterwards did I look at three hundred hints. It turned out "
        "the judge and the teachers agreed ninety-four percent of the time, so I was wrong and "
        "the launch stayed as it was. We never added a staged rollout or a kill switch because "
        "there was no need.",
        "On my own team I try hard to make it easy for juniors to speak up. We run a weekly "
        "error-analysis session where everyone brings five failure cases, whoever is most junior "
        "presents first, and we rotate who writes the summary. I also do one-on-ones every two "
        "weeks and keep a shared doc of open questions so nobody has to wait for a meeting to "
        "raise something.",
        "A time I disagreed with someone more senior than me. I disagreed with them because they "
        "were more senior and I had a disagreement. What happened is that the disagreement "
        "happened, with someone more senior, and that was the time I disagreed.",
    ),
]
