"""The English half of held-out set 13 (see judgement_holdout13.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h13-intro",
        "en",
        "self_intro",
        "Could you introduce yourself and tell me what kind of role you're looking for next?",
        "Intro (keep < 2 min)\n"
        "- Tomasz Wojcik; BSc CS, Warsaw Univ. of Technology 2016 -> MSc Computational "
        "Linguistics, Saarland 2018\n"
        "- 2018-2021 Lingvana (MT startup): research engineer, NMT Polish/Czech <-> EN, "
        "Transformer-big + back-translation\n"
        "- 2021-now: LocaliseHub (localisation platform, ~2B words/yr), **staff MLE, translation "
        "quality**\n"
        "  - built the MT quality estimation (QE) model -> routes segments: raw MT vs human "
        "post-edit\n"
        "  - result: post-editing volume -31%, ~$1.4M/yr saved\n"
        "  - tech lead, team of 5\n"
        "- looking for: LLM evaluation / reward modelling (QE is basically a reward model)",
        "Sure. I'm Tomasz Wojcik. I studied computer science at the Warsaw University of "
        "Technology and then did a master's in computational linguistics at Saarland, which I "
        "finished in 2018. My first job was at Lingvana, a small machine translation startup, "
        "as a research engineer training neural MT between Polish, Czech and English, mostly "
        "big Transformers with a lot of back-translated data. Since 2021 I've been at "
        "LocaliseHub, a localisation platform that pushes about two billion words a year, where "
        "I'm a staff ML engineer on translation quality. The main thing I built there is a "
        "quality estimation model that decides, segment by segment, whether the raw machine "
        "translation can go out as is or needs a human post-editor. That cut post-editing "
        "volume by about a third, roughly one point four million dollars a year. I lead a team "
        "of five now. Next I'd like to work on LLM evaluation or reward modelling, which is "
        "honestly the same problem as QE in a different costume.",
        "I'm Tomasz, I did computational linguistics and I've spent my career on machine "
        "translation. At the moment I work on translation quality at a localisation company.",
        "I'm Tomasz Wojcik. I did my PhD in computer vision at Saarland and then spent four "
        "years at LocaliseHub building their speech recognition stack. Before that I was at "
        "Lingvana doing sales engineering, not research. My main project was a quality "
        "estimation model that sent every segment to human reviewers, which roughly tripled "
        "post-editing volume, but quality went up. I work alone, no team. What I want next is to "
        "move away from evaluation and into infrastructure and GPU scheduling.",
        "Machine translation has changed a lot in the last few years. The big commercial engines "
        "used to be dedicated encoder-decoder models, and now general LLMs are competitive on "
        "high-resource pairs, though they still struggle with low-resource languages and "
        "terminology. Localisation companies are all trying to work out what their human "
        "linguists should be doing in that world.",
        "Sure, I can introduce myself. Myself, well, I'm me, and the kind of role I'm looking for "
        "next is the next role I'm looking for. So that's my introduction and the role I'm "
        "looking for, that kind of role, next.",
    ),
    Case(
        "en-h13-project-qe",
        "en",
        "project",
        "Tell me about the quality estimation model. How was it built, and how did you convince "
        "yourselves it was safe to route real traffic with it?",
        "MT Quality Estimation (QE), 2021-2023\n"
        "**Problem**: every MT segment went to a human post-editor; ~45% needed no edit at all "
        "-> wasted spend\n"
        "**Model**\n"
        "- input = (source, MT output), **no reference translation** (that's the whole point of "
        "QE)\n"
        "- XLM-R large encoder + regression head -> predicts HTER (share of words an editor "
        "would change)\n"
        "- labels for free: 600k historical (source, MT, post-edit) triples -> HTER computed "
        "automatically, no extra annotation\n"
        "- isotonic calibration per language pair (14 pairs)\n"
        "**Routing**: predicted HTER < 0.05 -> publish raw MT; else -> human post-edit\n"
        "**Before going live**\n"
        "1. offline: Pearson r = 0.62 vs true HTER (COMET-QE baseline 0.41)\n"
        "2. shadow mode 6 weeks: linguists blind-reviewed 3k would-be-auto-approved segments -> "
        "97.8% acceptable\n"
        "3. ramp 5% -> 25% -> 100% per language pair, kill switch; legal / medical content "
        "always to humans\n"
        "Result: post-editing volume -31%, ~$1.4M/yr; client complaint rate flat",
        "The starting point was that every machine-translated segment went to a human "
        "post-editor, even though something like forty-five percent of them came back "
        "untouched, so we were paying people to read good translations. The model only sees the "
        "source sentence and the machine output, there's no reference translation at inference "
        "time, which is the whole point of quality estimation. It's an XLM-R large encoder with "
        "a regression head that predicts HTER, basically what fraction of the words an editor "
        "would change. The nice thing was we didn't need new labels: we had about six hundred "
        "thousand old triples of source, MT and the post-edited version, so we could compute the "
        "edit rate automatically. We calibrated the scores separately for each of the fourteen "
        "language pairs with isotonic regression. Routing was simple: if the predicted edit "
        "rate is under five percent the raw MT is published, otherwise it goes to a human. To "
        "trust it, we first checked correlation offline, about 0.62 Pearson against the real "
        "edit rate, where the COMET-QE baseline got around 0.4. Then we ran it in shadow for six "
        "weeks and had linguists blind-review three thousand segments it would have "
        "auto-approved; almost ninety-eight percent were fine. Then we ramped per language pair, "
        "five percent, a quarter, then everything, with a kill switch, and legal and medical "
        "content always stayed with humans. Post-editing volume dropped by thirty-one percent "
        "and complaints didn't move.",
        "We trained a model that predicts how much a human would need to edit a machine "
        "translation, and if the score was good enough we skipped the human step. We tested it "
        "quite a lot before turning it on.",
        "The model takes the source, the MT output and the human reference translation, and it "
        "predicts a BLEU score for the segment. We had annotators label about six hundred "
        "thousand segments by hand for it. Routing worked the other way round from what people "
        "expect: segments with a high predicted score went to humans, because those are the "
        "important ones. We didn't bother with a shadow period; the offline correlation was 0.97 "
        "so we switched all fourteen language pairs to one hundred percent on day one, including "
        "legal and medical, and then looked at complaints afterwards.",
        "Evaluation in machine translation has a long history. BLEU counts n-gram overlap with a "
        "reference, which correlates badly with humans at the segment level, so the field moved "
        "to learned metrics like COMET and BLEURT, trained on human judgements. The WMT metrics "
        "shared task compares them every year, and recently LLM-as-a-judge approaches such as "
        "GEMBA have done surprisingly well there.",
        "So the quality estimation model. How it was built: it was built as a quality estimation "
        "model. And how did we convince ourselves it was safe to route real traffic? We convinced "
        "ourselves that it was safe, and then it routed real traffic. That's the quality "
        "estimation model and how it was built and routed.",
    ),
    Case(
        "en-h13-reward-hacking",
        "en",
        "fundamentals",
        "What is reward hacking in RLHF, and how would you detect and limit it?",
        "## Reward hacking / RM over-optimisation\n"
        "- the reward model is only a **proxy** for human preference (Goodhart) -> policy finds "
        "outputs where RM score goes up but true quality doesn't\n"
        "- symptoms: answers get longer and longer (length bias), sycophancy, walls of bullet "
        "points / emoji, over-hedging; with rule-based rewards: gaming the checker (e.g. editing "
        "the unit tests)\n"
        "- Gao et al. 2022: as KL from the init policy grows, proxy reward keeps rising but gold "
        "reward rises then **falls**\n"
        "**Detect**\n"
        "- track proxy reward vs a held-out gold eval (humans / stronger judge) -> divergence = "
        "hacking\n"
        "- watch length + KL curves, actually read samples every N steps\n"
        "**Limit**\n"
        "1. KL penalty to the SFT / reference policy (beta); stop at a KL budget\n"
        "2. bigger or ensembled RMs; refresh RM with new on-policy preference data\n"
        "3. length penalty / length-controlled RM\n"
        "4. rule-based rewards: harden the verifier, sandbox the environment",
        "Reward hacking is when the policy learns to please the reward model rather than the "
        "people the reward model is supposed to stand in for. The RM is only an approximation "
        "of human preference, so if you optimise hard enough against it you find places where "
        "it's wrong, classic Goodhart. In practice it shows up as answers getting longer and "
        "longer, the model agreeing with whatever the user says, everything turned into bullet "
        "lists with emoji, and with code or math rewards things like the model modifying the "
        "tests so they pass. There's a nice paper from Gao and others at OpenAI showing that as "
        "you move further from the starting policy in KL, the proxy reward keeps going up while "
        "the true reward goes up for a while and then comes down. To detect it, I'd keep a "
        "separate gold evaluation, human raters or a stronger judge, and plot it against the "
        "training reward; when they split, you're hacking. I'd also watch response length and "
        "KL and just read samples regularly. To limit it: a KL penalty back to the SFT model and "
        "stopping once you hit a KL budget, a larger reward model or an ensemble of them, "
        "refreshing the RM with preference data collected on the current policy's outputs, an "
        "explicit length penalty, and if the reward is a checker, making the checker harder to "
        "fool and sandboxing what the model can touch.",
        "It's when the model exploits the reward model, so the reward goes up but the answers "
        "don't really get better. A common sign is that responses get very long. You usually add "
        "a KL penalty to keep it close to the original model.",
        "Reward hacking is when users attack the reward model with adversarial prompts to make it "
        "give high scores, so it's really a security problem at serving time rather than "
        "something that happens during training. The typical symptom is that answers get shorter "
        "and shorter. The Gao et al. result showed that gold reward keeps increasing steadily "
        "with KL, so more optimisation is always better as long as the proxy goes up. The fix is "
        "to remove the KL penalty, because it holds the policy back, and to use a smaller reward "
        "model so it overfits less.",
        "RLHF has three stages. First you do supervised fine-tuning on demonstrations, then you "
        "collect pairwise comparisons and train a reward model with a Bradley-Terry loss, and "
        "then you optimise the policy against it with PPO. A lot of teams now use DPO instead, "
        "which skips the explicit reward model and trains directly on the preference pairs.",
        "Reward hacking in RLHF is when there is reward hacking during RLHF. How would I detect "
        "it? I would detect the reward hacking. And how would I limit it? By limiting the reward "
        "hacking. So detecting and limiting reward hacking is how I'd handle reward hacking.",
    ),
    Case(
        "en-h13-perplexity",
        "en",
        "fundamentals",
        "What does perplexity measure, and when can it be misleading when you compare language "
        "models?",
        "Perplexity (PPL)\n"
        "- PPL = exp( -(1/N) * sum_i log p(x_i | x_<i) ) = exp(mean per-token cross-entropy)\n"
        "- intuition: effective branching factor -> PPL 10 ~ as unsure as choosing uniformly "
        "among 10 tokens\n"
        "- lower = model fits that text better\n"
        "**Pitfalls**\n"
        "1. tokenizer-dependent -> can't compare PPL across different vocabularies; use "
        "bits-per-byte / per-character instead\n"
        "2. eval data: domain shift; contamination (test text seen in training -> artificially "
        "low)\n"
        "3. context length / sliding-window stride change the number\n"
        "4. low PPL != good downstream / instruction following; chat-tuned models often have "
        "*higher* PPL on raw web text yet are more useful",
        "Perplexity is the exponential of the average negative log-likelihood per token, so "
        "basically exp of the cross-entropy loss on some text. The intuition I like is a "
        "branching factor: a perplexity of ten means the model is as uncertain as if it were "
        "picking uniformly from ten tokens at each step. Lower means the model predicts that "
        "text better. Where it misleads: first, it's per token, so it depends on the tokenizer; "
        "two models with different vocabularies split the same text into different numbers of "
        "tokens and their perplexities aren't comparable. You'd normalise by bytes or "
        "characters instead, bits per byte. Second, it depends entirely on the evaluation text: "
        "a different domain changes it, and if the test set leaked into training the number "
        "looks great for the wrong reason. Third, the context you give each token matters, so "
        "the window length and the stride you evaluate with change the result. And finally, "
        "low perplexity doesn't mean the model is good at tasks; an instruction-tuned model is "
        "often worse in perplexity on raw web text than its base model, but far more useful.",
        "It's the exponential of the average cross-entropy per token, so lower is better. It "
        "tells you how well the model predicts the text.",
        "Perplexity is the average probability the model assigns to each correct token, so a "
        "higher perplexity means a better model. Because it is already normalised per token, the "
        "tokenizer doesn't matter, and you can compare a model with a thirty-two thousand word "
        "vocabulary directly against one with a hundred and fifty thousand. It also lines up "
        "very well with downstream performance: instruction tuning and RLHF always lower "
        "perplexity on web text, which is why chat models score best on it.",
        "When I compare language models I mostly look at benchmark suites now: MMLU for "
        "knowledge, GSM8K and MATH for reasoning, HumanEval for code, and something like MT-Bench "
        "or Arena Elo for chat quality. Each of them has its own problems, but together they give "
        "a reasonable picture of where a model stands.",
        "Perplexity measures perplexity, the perplexity of a language model. When can it be "
        "misleading when you compare language models? It can be misleading when it misleads you "
        "in a comparison of language models. So that's what perplexity measures.",
    ),
    Case(
        "en-h13-beh-delegate",
        "en",
        "behavioral",
        "Tell me about a time you had to learn to delegate, or let go of work you used to do "
        "yourself.",
        "STAR: first months as tech lead (2022)\n"
        "S: promoted to TL of 5; still ran all model training myself + reviewed every PR -> I was "
        "the bottleneck (PRs waiting ~3 days)\n"
        "T: ship QE v2 that quarter without me on the critical path\n"
        "A:\n"
        "- wrote down what only I knew (training recipe, eval scripts) -> runbook\n"
        "- handed the v2 training pipeline to Ana (mid-level): paired 2 weeks, then stepped back; "
        "check-ins 2x/week instead of reading every commit\n"
        "- review rule: any 2 teammates can approve a PR; I only review design docs\n"
        "- didn't redo her work: when her feature choice differed from mine -> let the experiment "
        "decide (hers won)\n"
        "R: v2 shipped 1 week early; PR wait ~3 days -> < 1 day; Ana owns training now\n"
        "Lesson: my job = unblock people, not be the best IC on the team",
        "When I became tech lead in 2022 I had five people but I was still running all the "
        "model training myself and reviewing every single pull request, and pretty quickly I "
        "was the bottleneck; PRs were sitting for about three days waiting on me. We had to get "
        "version two of the QE model out that quarter and I realised that couldn't depend on me. "
        "So first I wrote down everything that lived only in my head, the training recipe and "
        "how the eval scripts worked, into a runbook. Then I gave the v2 training pipeline to "
        "Ana, a mid-level engineer. We paired for two weeks and then I deliberately stepped "
        "back to two check-ins a week rather than watching every commit. I also changed the "
        "review rule so any two people on the team could approve a PR, and I only looked at "
        "design docs. The hard part was not redoing her work. At one point she picked different "
        "features than I would have, and instead of overruling her we ran both, and hers was "
        "better. V2 went out a week early, PR wait time went under a day, and Ana owns training "
        "now. What I took from it is that my job is to unblock people, not to be the strongest "
        "individual contributor.",
        "When I became a lead I was still doing a lot of the hands-on work myself and it slowed "
        "the team down. I had to learn to trust people and hand things over, which was hard at "
        "first but worked out.",
        "When I became tech lead I tried handing the training pipeline to Ana, one of the "
        "mid-level engineers, and wrote her a runbook. After a week her feature choices differed "
        "from mine, so I took the pipeline back and ran the training myself, since it was faster "
        "than explaining. I also kept reviewing every PR personally so nothing slipped through. "
        "V2 shipped about a month late, but the quality was higher, and the team learned my "
        "standards. The lesson for me was that a lead should stay the best engineer on the team "
        "and keep the critical work.",
        "I think delegation is one of the most talked-about skills for new managers. There's "
        "the classic advice about the situational leadership model, where you adapt between "
        "directing, coaching, supporting and delegating depending on the person's competence and "
        "commitment, and books like The Manager's Path cover the transition from engineer to "
        "tech lead quite well.",
        "A time I had to learn to delegate, or to let go of work I used to do myself. Yes, there "
        "was a time when I had to learn to delegate, and I let go of work that I used to do "
        "myself. So I learned to delegate and let go of that work, that was the time.",
    ),
    Case(
        "en-h13-beh-provedwrong",
        "en",
        "behavioral",
        "Describe a time the data proved you wrong about something you were confident in.",
        "STAR (Lingvana, 2020)\n"
        "S: Polish->EN NMT, quality gap vs a competitor; **I was sure a bigger model was the "
        "fix** (Transformer-big -> 12-layer deep encoder)\n"
        "T: I owned the roadmap proposal; asked for 3 weeks of 8x V100\n"
        "A:\n"
        "1. before the big run a colleague pushed for error analysis -> agreed (reluctantly), "
        "sampled 500 bad segments\n"
        "2. ~60% of errors = named entities + domain terms (legal / medical), not fluency\n"
        "3. dropped the big-model plan -> terminology constraints + 2M in-domain back-translated "
        "sentences\n"
        "R: BLEU +3.1 (small deeper-model pilot: +0.8); terminology errors -45%; ~1/5 of the "
        "compute\n"
        "Learned: error analysis before scaling -> now step 1 of every project",
        "In 2020 at Lingvana our Polish to English system was behind a competitor's, and I was "
        "completely convinced the answer was a bigger model, going from Transformer-big to a "
        "much deeper twelve-layer encoder. It was my roadmap proposal and I'd asked for three "
        "weeks on eight V100s. Before we launched it, a colleague kept saying we should look at "
        "the errors first. I agreed, a bit grudgingly, and we pulled five hundred of the worst "
        "segments and categorised them. About sixty percent of the problems were names and "
        "domain terminology, legal and medical terms mostly, not fluency at all, which a bigger "
        "model wasn't going to fix. So I withdrew the big-model plan and we did terminology "
        "constraints plus about two million sentences of in-domain back-translation instead. "
        "That gave us over three BLEU, compared to under one from a small pilot of the deeper "
        "model, terminology errors fell by almost half, and it used about a fifth of the "
        "compute. Since then the first thing I do on any project is error analysis, before "
        "anyone talks about scaling.",
        "I was sure a bigger model would fix our translation quality, but when we looked at the "
        "actual errors, most of them were about terminology, so we changed plan.",
        "At Lingvana I was convinced that error analysis would tell us what to fix in our Polish "
        "to English system, so we spent three weeks categorising five hundred segments and "
        "found the problems were mostly fluency. A colleague wanted to scale the model instead, "
        "and the data proved me wrong: we trained the twelve-layer deep encoder on eight V100s "
        "and it gave plus three BLEU, while terminology constraints and back-translation only "
        "gave about point eight. So the lesson I took is that scaling beats analysis, and now I "
        "start every project by training the biggest model we can afford.",
        "I think being data-driven is really important in ML. Intuition is useful for deciding "
        "what to try, but you should always set up a proper evaluation before you start, with a "
        "held-out test set that nobody tunes on, confidence intervals, and ideally a human "
        "evaluation for anything generative, because automatic metrics can fool you.",
        "A time the data proved me wrong about something I was confident in. I was confident in "
        "something, and the data proved me wrong about it. So that's a time when the data proved "
        "me wrong, even though I was confident, and I learned from the data proving me wrong.",
    ),
]
