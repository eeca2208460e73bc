"""The English half of held-out set 25 (see judgement_holdout25.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h25-intro",
        "en",
        "self_intro",
        "Could you walk me through your background and what brings you here?",
        (
            "Intro - keep it under 2 min\n"
            "* Priya Raman. B.Tech EE, IIT Madras (2012); MS Language Technologies, CMU (2014)\n"
            "* 2014-2018 Ledgerly (fintech): NLP eng, bank statement / receipt parsing -> CRF + "
            "rules, later BiLSTM\n"
            "* 2018-now Helix Health: clinical NLP, **lead since 2021** (team of 5)\n"
            "    - de-identification of notes: PHI recall 0.94 -> 0.992\n"
            "    - ICD-10 coding assistant -> coders' time per chart -35%\n"
            "* why here: want to do post-training / alignment of LLMs for high-stakes domains"
        ),
        (
            "Sure. I'm Priya Raman. I studied electrical engineering at IIT Madras, graduating in "
            "2012, and then did a master's in language technologies at Carnegie Mellon, which I "
            "finished in 2014. My first job was at Ledgerly, a fintech company, where for about "
            "four years I built the NLP that parsed bank statements and receipts, starting with "
            "CRFs and hand-written rules and later moving to BiLSTMs. Since 2018 I've been at "
            "Helix Health working on clinical text, and I've led a team of five there since 2021. "
            "Two things I'm proud of: de-identifying patient notes, where we pushed recall on "
            "protected health information from about ninety-four percent to over ninety-nine, and "
            "an assistant for ICD-10 coding that cut the time coders spend on each chart by "
            "roughly a third. What brings me here is that I want to move into post-training and "
            "alignment of large models, especially for domains where mistakes are costly."
        ),
        (
            "I'm Priya. I've been doing NLP for about ten years, first in fintech and now in "
            "healthcare, and I'm interested in working on LLMs."
        ),
        (
            "I'm Priya Raman. I did my undergrad in computer science at CMU and then a PhD in "
            "speech processing at IIT Madras, finishing in 2018. I went straight to Helix Health, "
            "where I'm a data analyst on the billing dashboards; the clinical NLP there is done by "
            "an outside vendor. Before that I was briefly at Ledgerly on their mobile app. I don't "
            "manage anyone. Our de-identification recall is around seventy percent and the coding "
            "assistant was shelved. What brings me here is that I'd like to move into chip design."
        ),
        (
            "Clinical NLP is an interesting space because the text is so unlike normal English: "
            "notes are full of abbreviations, negations like 'no evidence of pneumonia', and "
            "sections copy-pasted from earlier visits. Negation detection alone, things like "
            "NegEx, makes a huge difference to any extraction. Privacy rules also mean you often "
            "can't send data to an external API, so a lot of the work happens on-premise with "
            "smaller models."
        ),
        (
            "Sure, I can walk you through my background and what brings me here. My background is "
            "my background, and what brings me here is the reason I'm here. So, walking through "
            "it, that is my background, and that is what brings me here. That's the walk-through "
            "of my background."
        ),
    ),
    Case(
        "en-h25-mup-transfer",
        "en",
        "project",
        (
            "You mentioned using muP to pick the hyperparameters for your 7B run. How did that "
            "work in practice?"
        ),
        (
            "### muP hyperparam transfer - 7B pretrain (2024)\n"
            "Problem: can't sweep LR / init at 7B (one run ~3 wks on 512 GPUs). With SP (standard "
            "param) the optimal LR shifts as width grows -> small-model sweeps don't transfer.\n"
            "What muP changes (Adam version):\n"
            "- hidden weight matrices: LR x 1/m (m = width / base_width), init var ~ 1/fan_in\n"
            "- output logits x 1/m (or zero-init readout)\n"
            "- attention scores scaled by 1/d instead of 1/sqrt(d)\n"
            "- embeddings / biases / LN gains: LR NOT scaled\n"
            "Process:\n"
            "1. proxy family: width 256 -> 2048, same depth (32 layers), 5B tokens each\n"
            "2. **coord check first** (per-layer activation size vs width should stay flat) -> "
            "caught a bug in our qk scaling\n"
            "3. sweep LR (log grid, 9 pts), init std, output multiplier at width 512; check the "
            "optimum doesn't move across widths\n"
            "4. transfer to 7B (width 4096) w/o retuning\n"
            "Caveat: transfers across width, NOT reliably across depth / tokens / batch size -> "
            "kept depth & batch fixed + short sanity run at 7B\n"
            "Result: all tuning ~4% of main-run compute; 7B run never diverged; loss within 0.01 "
            "of the best LR in the sanity run."
        ),
        (
            "The core problem was that we couldn't afford to sweep learning rates at seven billion "
            "parameters, since a single run was about three weeks on five hundred or so GPUs, and "
            "with the standard parametrisation the best learning rate drifts as you make the model "
            "wider, so a sweep on a small model doesn't tell you much. muP fixes that by changing "
            "how things scale with width. With Adam, the hidden matrices get their learning rate "
            "divided by the width multiplier and their init variance goes as one over fan-in, the "
            "output logits are scaled down by that same multiplier, and attention divides by d "
            "rather than the square root of d. Embeddings, biases and norm gains keep an unscaled "
            "learning rate. In practice we built a family of proxy models at the same depth, "
            "thirty-two layers, with widths from two hundred fifty-six up to about two thousand, "
            "each trained on five billion tokens. Before any sweeping we ran a coordinate check, "
            "plotting each layer's activation size against width to make sure it stays flat, and "
            "that actually caught a bug in our query-key scaling. Then we swept learning rate, "
            "init scale and the output multiplier at width five hundred twelve, checked that the "
            "optimum didn't move at the other widths, and carried it over to the "
            "four-thousand-wide 7B model without retuning. The caveat is that it transfers across "
            "width, not reliably across depth, token count or batch size, so we held those fixed "
            "and did one short sanity run at full size. All of the tuning cost about four percent "
            "of the main run, and the big run never diverged."
        ),
        (
            "We tuned the learning rate and the init on small models and then used muP to transfer "
            "those settings to the 7B model, so we didn't have to sweep at full size. It saved a "
            "lot of compute."
        ),
        (
            "muP basically means you scale the learning rate up with width, so a model sixteen "
            "times wider gets a sixteen times larger learning rate, and the init stays the same "
            "for every layer. We didn't bother keeping the proxies at the same depth; we swept on "
            "a two-layer model, because muP transfers across depth and batch size just as well as "
            "across width. We skipped the coordinate check since it's only a debugging nicety. "
            "After sweeping at width five hundred twelve we retuned again at 7B anyway, which ate "
            "about forty percent of the total compute, and the first 7B run still diverged twice "
            "before we found a stable learning rate."
        ),
        (
            "For the 7B run the bigger question was actually the data mix. We ran ablations on a "
            "1B model comparing different proportions of code, web and books, and found that "
            "around fifteen percent code helped the reasoning benchmarks without hurting general "
            "text. We also ramped the batch size up over the first hundred billion tokens and used "
            "a cosine schedule down to ten percent of the peak."
        ),
        (
            "Sure. We used muP to pick the hyperparameters for the 7B run, and in practice it "
            "worked by using muP. In practice, muP is how we picked the hyperparameters, and the "
            "7B run used those hyperparameters. So that's how it worked in practice: muP, the "
            "hyperparameters, and the 7B run."
        ),
    ),
    Case(
        "en-h25-whisper-dictation",
        "en",
        "project",
        (
            "Tell me about adapting Whisper for doctors' dictation. What did you change, and what "
            "happened?"
        ),
        (
            "Whisper -> clinical dictation (radiology + GP notes)\n"
            "Baseline: whisper-large-v2 zero-shot, WER 14.1% on our 40 h test set; drug names + "
            "dosages worst (e.g. 'metoprolol 25 mg')\n"
            "Steps\n"
            "1. data: 600 h in-house dictation w/ transcripts; **normalise text first** (numbers, "
            "units, voice commands 'period' / 'new line')\n"
            "2. fine-tune: full FT of large-v2 hurt general speech -> switched to LoRA on decoder "
            "+ top encoder layers; lr 1e-5, 3 epochs\n"
            "3. prompt w/ specialty vocab (initial_prompt = specialty + top drug names) -> extra "
            "gain on rare terms\n"
            "4. hallucination on silence / long pauses (loops, invented sentences) -> Silero VAD "
            "to cut silence + drop segments w/ avg logprob < -1.0 or compression ratio > 2.4\n"
            "Results: WER 14.1 -> 6.3%; drug-name errors 22% -> 7%; hallucinated segments 3.1% -> "
            "0.4%; RTF 0.09 on 1x A10"
        ),
        (
            "Out of the box, Whisper large-v2 got about fourteen percent word error rate on our "
            "forty-hour test set of radiology and GP dictation, and the worst errors were drug "
            "names and doses, things like metoprolol twenty-five milligrams. We had around six "
            "hundred hours of our own dictation with transcripts, and the first job was getting "
            "the text consistent: how numbers and units are written, and spoken commands like "
            "'period' or 'new line'. Fine-tuning the whole large model made it worse on ordinary "
            "speech, so we switched to LoRA adapters on the decoder and the top few encoder "
            "layers, with a small learning rate, one e minus five, for three epochs. We also put "
            "the specialty and a list of common drug names into the initial prompt, which helped a "
            "bit more on rare terms. The other big problem was hallucination in silences and long "
            "pauses, where it would loop or make up sentences, so we cut the silence out with a "
            "VAD first and threw away segments with a very low average log probability or a "
            "suspiciously high compression ratio. In the end WER went from fourteen point one to "
            "six point three, drug-name errors from twenty-two percent to seven, hallucinated "
            "segments from about three percent to under half a percent, and it still ran at about "
            "a tenth of real time on a single A10."
        ),
        (
            "We fine-tuned Whisper on our own dictation data and gave it some medical vocabulary, "
            "and the word error rate roughly halved. It got much better on drug names."
        ),
        (
            "The first thing we did was fine-tune the full large model on the six hundred hours, "
            "and that worked best; we tried LoRA on the encoder only and it made no difference. We "
            "didn't normalise the transcripts, since Whisper copes with numbers and units on its "
            "own, and putting drug names in the prompt actually made things worse, so we dropped "
            "prompting. Hallucination on silence wasn't a problem for us, so no VAD; we even "
            "padded the audio with extra silence to make it more robust. The gain was modest, WER "
            "went from fourteen to about twelve percent, and drug names didn't really improve, so "
            "in the end we kept a separate spelling-correction model for drugs."
        ),
        (
            "Medical speech has its own data headaches. Getting consent to record and reuse "
            "dictations takes months, and the audio often contains patient names, so everything "
            "has to be de-identified before annotators can listen to it. We also had to decide "
            "whether transcribers should write verbatim, with every 'um' and restart, or clean "
            "text as the doctor meant it; we went with clean text because that's what ends up in "
            "the record."
        ),
        (
            "Sure. Adapting Whisper for doctors' dictation meant changing Whisper so that it works "
            "for doctors' dictation. What we changed was the things that needed changing, and what "
            "happened was that it got adapted. So Whisper was adapted for dictation; that's what "
            "we changed and that's what happened."
        ),
    ),
    Case(
        "en-h25-bm25",
        "en",
        "fundamentals",
        "How does BM25 score a document, and what do k1 and b actually do?",
        (
            "BM25\n"
            "score(D, Q) = sum_{q in Q} IDF(q) * f(q,D)*(k1+1) / (f(q,D) + k1*(1 - b + "
            "b*|D|/avgdl))\n"
            "- IDF(q) = ln((N - n(q) + 0.5) / (n(q) + 0.5) + 1) -> rare terms count more\n"
            "- **k1** (~1.2-2.0): tf saturation. contribution grows then flattens -> 10th "
            "occurrence adds far less than the 2nd; k1 = 0 -> binary\n"
            "- **b** (~0.75): length normalisation. b = 1 full normalisation by |D|/avgdl, b = 0 "
            "none -> long docs don't win just for being long\n"
            "- vs TF-IDF: raw tf linear / unbounded; BM25 saturates + normalises length"
        ),
        (
            "BM25 adds up a score for each query term that shows up in the document. Each term's "
            "score is its inverse document frequency times a term-frequency part. The IDF is "
            "roughly the log of how many documents don't contain the term over how many do, so "
            "rare words weigh more. The term-frequency part is the count times k1 plus one, "
            "divided by the count plus k1 times a length factor, and that's where the two knobs "
            "are. k1 controls saturation: more occurrences still raise the score, but it flattens "
            "out, so the tenth mention adds much less than the second, and with k1 at zero it only "
            "matters whether the term is there at all. Typical values are somewhere around one "
            "point two to two. b, usually about three quarters, says how much you normalise by the "
            "document's length compared with the average length: at one you fully normalise, at "
            "zero you ignore length, so a long document doesn't win just because it has more "
            "words. Compared with plain TF-IDF, where the term count keeps adding linearly, BM25 "
            "both caps it and corrects for length."
        ),
        (
            "It's like TF-IDF: rare query terms count more, and terms that appear more often count "
            "more. k1 and b are tuning parameters; I think one of them has to do with document "
            "length."
        ),
        (
            "BM25 sums over the query terms, IDF times a term-frequency part. k1 is the length "
            "normalisation: at k1 equal to one you fully normalise by document length, and at zero "
            "you don't. b controls term-frequency saturation, and with b around 0.75 the score "
            "keeps growing linearly with the term count, there's no real saturation; that's the "
            "difference from TF-IDF, which caps it. The IDF gives common words more weight because "
            "they're more reliable evidence, and setting b to zero makes it binary."
        ),
        (
            "In practice we rarely use BM25 alone anymore. A typical setup runs BM25 and a dense "
            "retriever side by side, merges the two candidate lists and reranks the top hundred "
            "with a cross-encoder. BM25 is still great for exact matches like product codes or "
            "error messages, which embeddings tend to blur, and it needs no training, so it's a "
            "strong baseline in any new domain."
        ),
        (
            "BM25 scores a document by computing the BM25 score for that document. k1 and b are "
            "the parameters of BM25, and what they actually do is act as the k1 and b parameters. "
            "So the score depends on BM25, and k1 and b do what k1 and b do in that score."
        ),
    ),
    Case(
        "en-h25-wer",
        "en",
        "fundamentals",
        (
            "How is word error rate computed, and what are the usual pitfalls when comparing WER "
            "numbers?"
        ),
        (
            "WER\n"
            "- align hyp to ref by min edit distance (Levenshtein, word level)\n"
            "- WER = (S + D + I) / N, N = # words in the **reference**\n"
            "    S = substitutions, D = deletions (ref word missing in hyp), I = insertions (extra "
            "hyp word)\n"
            "- can be > 100% (many insertions); not symmetric in hyp / ref\n"
            "pitfalls\n"
            "1. text normalisation: case, punctuation, numbers ('twenty five' vs '25'), "
            "contractions -> can move WER by several pts; same normaliser for both systems\n"
            "2. corpus WER = total errors / total ref words, NOT mean of per-utterance WER (short "
            "utts blow up)\n"
            "3. zh / ja: no spaces -> report CER\n"
            "4. one number hides S vs D vs I & which segments -> look at the breakdown, bootstrap "
            "CI before claiming a 0.2 pt win"
        ),
        (
            "You first line up the recognised text against the reference transcript word by word "
            "with a minimum edit distance alignment, then count substitutions, deletions, meaning "
            "reference words the system dropped, and insertions, extra words it added. WER is the "
            "sum of those three divided by the number of words in the reference, not in the "
            "output. Because insertions count, it can go above a hundred percent, and swapping the "
            "two sides doesn't give you the same number. As for pitfalls, normalisation is the big "
            "one: whether you lowercase, strip punctuation, write twenty-five as digits or words, "
            "expand contractions. That alone can shift WER by a few points, so both systems need "
            "the same normaliser. Second, over a test set you add up all the errors and divide by "
            "all the reference words, instead of averaging each utterance's WER, otherwise the "
            "short utterances dominate. Third, for languages without spaces like Chinese you'd "
            "report character error rate. And one figure hides what kind of errors they are and "
            "where, so look at the breakdown and do something like a bootstrap before claiming a "
            "win of a fraction of a point."
        ),
        (
            "It's the substitutions, deletions and insertions added up and divided by the number "
            "of words. You have to be careful that both systems normalise the text the same way."
        ),
        (
            "You count substitutions, deletions and insertions and divide by the number of words "
            "in the hypothesis, the system output. Deletions are extra words the system added, and "
            "insertions are words it missed. Since it's normalised by the output length it can "
            "never go above a hundred percent, and it's symmetric, so it doesn't matter which side "
            "you call the reference. For a test set the right way is to average the per-utterance "
            "WERs so that every utterance counts equally. Normalisation barely matters, maybe a "
            "tenth of a point, and for Chinese you run a word segmenter first and report WER just "
            "like for English."
        ),
        (
            "Beyond WER, for voice assistants we care more about semantic metrics. If the user "
            "says 'set an alarm for seven' and the system hears 'set alarm for seven', that's an "
            "error in the transcript but the intent is perfect. So we track intent accuracy and "
            "slot error rate downstream, and for dictation we also measure latency, time to the "
            "first word and to the final result, because users notice that more than a point of "
            "accuracy."
        ),
        (
            "Word error rate is computed as the word error rate, which is the rate of word errors. "
            "The usual pitfalls when comparing WER numbers are the pitfalls you run into when you "
            "compare WER numbers. So you compute the WER, and then you compare the numbers, and "
            "you watch out for the pitfalls."
        ),
    ),
    Case(
        "en-h25-unused-tool",
        "en",
        "behavioral",
        "Tell me about something you built that people didn't use. What did you do about it?",
        (
            "STAR - the eval dashboard nobody opened\n"
            "S: 2022, 4 modelling teams each w/ own eval scripts; I built a shared eval dashboard "
            "(web UI, every benchmark x every ckpt) in ~6 wks\n"
            "T: 2 months after launch -> 3 weekly active users (incl. me). Goal = teams actually "
            "using one eval\n"
            "A:\n"
            "  - interviewed 7 engineers instead of pushing harder -> they never open dashboards; "
            "live in Slack + CI; want 'new ckpt vs baseline' diff, not 40 charts\n"
            "  - cut scope: bot posts ckpt-vs-baseline table in each team channel + CI check that "
            "fails on a > 1 pt regression\n"
            "  - dashboard kept only for drill-down; one team lead piloted first\n"
            "R: 4/4 teams on it within a quarter; caught 2 regressions pre-release; dashboard "
            "visits up too (linked from the bot)\n"
            "Lesson: talk to users before building; meet them where they already work"
        ),
        (
            "In 2022 we had four modelling teams, each running their own evaluation scripts, so I "
            "spent about six weeks building a shared dashboard, a web page with every benchmark "
            "for every checkpoint. Two months after launch it had three weekly users, and one of "
            "them was me. Instead of pushing it harder, I sat down with seven engineers, and what "
            "came out was that they simply don't open dashboards: they live in Slack and in CI, "
            "and what they want to know is how a new checkpoint compares with the baseline, not "
            "forty charts. So I cut it down to a bot that posts a comparison table against the "
            "baseline in each team's channel, plus a CI check that fails if anything regresses by "
            "more than a point. The dashboard stayed, but only as the place you click through to "
            "for details, and I got one team lead to pilot it first. Within a quarter all four "
            "teams were using it, it caught two regressions before release, and even the "
            "dashboard's traffic went up because the bot links to it. What I took from it is to "
            "talk to users before building, and to put things where they already work."
        ),
        (
            "I built an evaluation dashboard that hardly anyone used. I talked to some of the "
            "engineers, changed it to fit how they work, and adoption got a lot better."
        ),
        (
            "In 2022 I built a shared evaluation dashboard for the four modelling teams. Usage was "
            "low at first, so I went to my director and had it made mandatory: every team had to "
            "present their results from the dashboard in the weekly review. I didn't interview "
            "anyone, since the engineers were the ones who had asked for forty charts in the first "
            "place. I also removed the Slack bot and the CI check one of the teams had built, "
            "because they duplicated the dashboard. Two of the four teams ended up using it, the "
            "other two kept their own scripts, and a regression still slipped into a release, "
            "which I put down to those teams not following the process."
        ),
        (
            "Internal tools live or die on maintenance. At my last company every internal tool "
            "needed a named owner and an on-call rotation, otherwise it was deprecated after six "
            "months. We tracked tools with the same metrics as products, weekly actives and "
            "retention, and once a year we ran a clean-up where anything nobody had touched got "
            "archived."
        ),
        (
            "Sure. Something I built that people didn't use was a thing that I built, and people "
            "didn't use it. What I did about it was that I did something about it. So it was "
            "built, it wasn't used, and I did what I did about it, which is my answer about "
            "something I built that people didn't use."
        ),
    ),
]
