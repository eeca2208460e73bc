"""The English half of held-out set 29 (see judgement_holdout29.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h29-intro",
        "en",
        "self_intro",
        "Let's start with a short introduction: who are you and what do you work on?",
        (
            "Intro (~90 s; thread = audio)\n"
            "- Elena Vasquez; BSc Physics, Univ. of Valencia 2013 -> MSc Acoustics & Music "
            "Tech, Univ. of Edinburgh 2015\n"
            "- 2015-2019 Sonora (hearing aids): DSP engineer, on-device noise suppression, ~2 "
            "mW budget\n"
            "- 2019-now Hearth (smart home cameras, ~1.5M homes): **ML lead, audio events**\n"
            "  - sound event detection (glass break, smoke alarm, baby crying) from weak "
            "labels\n"
            "  - false alerts / camera / week 2.1 -> 0.3; smoke-alarm recall 97%\n"
            "  - team of 3\n"
            "- next: audio-language models, general audio understanding beyond fixed classes"
        ),
        (
            "Sure. I'm Elena Vasquez. I studied physics at the University of Valencia and then "
            "did a master's in acoustics and music technology at Edinburgh, which I finished "
            "in 2015. I spent the next four years at Sonora, a hearing-aid company, as a DSP "
            "engineer on noise suppression that runs on the device itself, where the whole "
            "algorithm had to fit in about two milliwatts. Since 2019 I've been at Hearth, "
            "which makes smart home cameras for around one and a half million homes, and I "
            "lead a team of three on audio event detection: recognising breaking glass, smoke "
            "alarms or a baby crying, trained mostly from weakly labelled clips. We brought "
            "false alerts down from about two per camera per week to roughly a third of one, "
            "while catching ninety-seven percent of smoke alarms. Next I'd like to work on "
            "audio-language models, so a system can understand sounds in general instead of a "
            "fixed list of classes."
        ),
        (
            "I'm Elena. My background is in acoustics, and for the last few years I've been "
            "working on audio machine learning for smart home devices."
        ),
        (
            "I'm Elena Vasquez. I did my undergrad in acoustics at Edinburgh and then a PhD in "
            "physics at Valencia, finishing in 2019. I went straight to Hearth, where I work "
            "on the video side, mainly person detection; audio events are handled by a "
            "separate team I'm not part of, and I don't manage anyone. Before that I did a "
            "short stint in web development at Sonora. False alerts on our cameras actually "
            "went up, from about 0.3 to two a week. Next I'd like to move into ad ranking."
        ),
        (
            "Audio on home cameras is tricky in ways people don't expect. The microphones are "
            "cheap and often sit right next to a fan, rooms echo a lot, and many customers "
            "switch audio recording off entirely for privacy. Another thing is that smart home "
            "companies live or die by the app experience, so a lot of effort goes into "
            "onboarding, Wi-Fi setup and battery life rather than models."
        ),
        (
            "Sure, a short introduction. Who I am is who I am, and what I work on is my work. "
            "So to introduce myself briefly, that is who I am and that is what I work on. "
            "That's my short introduction of who I am and what I work on."
        ),
    ),
    Case(
        "en-h29-sound-events",
        "en",
        "project",
        (
            "Tell me about the sound event detection system for the home cameras. How did you "
            "build it?"
        ),
        (
            "## Sound event detection (SED) for Hearth cameras, 2020-2022\n"
            "**Goal**: alert on glass break / smoke alarm / baby crying / dog barking; runs on "
            "the camera SoC (ARM A53), < 40 ms per 1 s window\n"
            "**Data**: AudioSet clip-level (weak) labels for the 4 classes + 18k in-house "
            "clips from opt-in users, clip-level labels only\n"
            "**Model**\n"
            "1. log-mel, 64 bins, 25 ms win / 10 ms hop\n"
            "2. CNN (PANNs CNN10 pretrained) -> frame-level probs -> **attention pooling** "
            "over time -> clip prob (MIL); trains on weak labels, still gives rough onsets\n"
            "3. augment: mix into in-home background (TV, vacuum, kitchen) at SNR 0-20 dB; "
            "SpecAugment\n"
            "4. distilled to 0.9M params, int8\n"
            "**Alerting**: median filter on frame probs + per-class thresholds tuned for <= "
            "0.5 false alerts/camera/week; smoke alarm needs 3 s of the T3 beep pattern\n"
            "**Results**: false alerts 2.1 -> 0.3 /camera/week; smoke-alarm recall 97%; glass "
            "break recall 88%"
        ),
        (
            "We wanted to alert people when the camera hears glass breaking, a smoke alarm, a "
            "baby crying or a dog barking, and it had to run on the camera's own small ARM "
            "chip in under forty milliseconds per second of audio. The hard part was labels: "
            "AudioSet and about eighteen thousand clips from users who opted in only say a "
            "sound is somewhere in the clip, not when. So we took 64-band log-mel spectrograms "
            "into a CNN initialised from PANNs that scores every frame, and combined the "
            "frames into one clip score with learned attention weights over time, a "
            "multiple-instance setup. That trains on clip labels but still tells you roughly "
            "when the event starts. We mixed events into real household noise, TVs, vacuums, "
            "kitchens, at zero to twenty dB, added SpecAugment, and distilled the model to "
            "under a million parameters in int8. For alerts we smooth the frame scores with a "
            "median filter and tune a threshold per class; a smoke alarm needs three seconds "
            "of its beeping pattern. False alerts fell from about two per camera per week to "
            "0.3, with ninety-seven percent recall on smoke alarms and eighty-eight on glass."
        ),
        (
            "We trained a CNN on spectrograms to detect a few sounds like smoke alarms and "
            "glass breaking, and then tuned the thresholds so people didn't get too many false "
            "alerts."
        ),
        (
            "We had strong, frame-level labels for everything: annotators marked the exact "
            "onset and offset of every glass break and alarm in AudioSet, so there was no "
            "multiple-instance learning. The attention pooling in the model was over "
            "frequency, not time; it picked which mel bins to trust. We didn't mix in any "
            "household noise because it hurt accuracy on clean clips. The model ran in the "
            "cloud on GPUs, since the camera chip was too small, so we never distilled it. For "
            "alerts we used one global threshold for all four classes. False alerts went from "
            "0.3 to about two per camera per week, which we accepted in exchange for recall."
        ),
        (
            "Detecting speech in home audio is its own problem. You'd run a voice activity "
            "detector first, then maybe speaker counting, and for privacy you'd want to avoid "
            "transcribing anything. Far-field speech is hard because of reverberation, so "
            "beamforming across several microphones helps a lot, though most cameras only have "
            "one mic, which limits what you can do."
        ),
        (
            "The sound event detection system for the home cameras is a system that detects "
            "sound events for home cameras. How did we build it? We built it by building a "
            "sound event detection system. So that's the system, it detects sound events, and "
            "that's how we built it."
        ),
    ),
    Case(
        "en-h29-faq-embeddings",
        "en",
        "project",
        (
            "You mention training your own sentence-embedding model for semantic search. Walk "
            "me through it."
        ),
        (
            "Help-centre semantic search: own embedding model (2023)\n"
            "- why: off-the-shelf multilingual e5-base -> recall@5 = 0.62 on our queries; "
            'jargon ("chargeback", product names), 6 languages\n'
            "- base: multilingual MiniLM-L12 (118M) -> must serve on CPU, p95 < 30 ms\n"
            "- data: 40k real query -> clicked-article pairs from logs + 120k synthetic "
            "queries (LLM writes 3 questions per article paragraph)\n"
            "- loss: in-batch negatives (MNRL), batch 256 + 1 hard negative per pair, mined "
            "with BM25\n"
            "  - hard negs filtered by a cross-encoder: score > 0.8 -> probably a false "
            "negative -> drop\n"
            "- then distil cross-encoder scores into the bi-encoder (MarginMSE) -> +3 pts\n"
            "- eval: 1.5k labelled queries, reported per language\n"
            "Result: recall@5 0.62 -> 0.81; ticket deflection +9% rel"
        ),
        (
            "Our help centre search used an off-the-shelf multilingual e5 model, and it only "
            "had the right article in the top five about sixty-two percent of the time, mostly "
            "because of our jargon, chargebacks and product names, across six languages. It "
            "had to serve on CPU under thirty milliseconds at p95, so we started from the "
            "twelve-layer multilingual MiniLM. For data we took about forty thousand real "
            "queries paired with the article the user clicked, and had an LLM write three "
            "questions for each paragraph of every article, another hundred and twenty "
            "thousand. We trained with in-batch negatives at batch size 256, plus one hard "
            "negative per pair mined with BM25. The catch is that some of those hard negatives "
            "are really correct answers, so a cross-encoder scored them and we dropped "
            "anything above 0.8. Then we distilled the cross-encoder's scores into our model "
            "with a margin MSE loss, which added about three points. On fifteen hundred "
            "labelled queries, checked language by language, recall at five went to 0.81, and "
            "tickets deflected by search rose about nine percent relative."
        ),
        (
            "We fine-tuned a small multilingual model on query and article pairs from our logs "
            "with a contrastive loss, and it did noticeably better than the off-the-shelf one."
        ),
        (
            "We fine-tuned the e5 model directly with in-batch negatives. The hard negatives "
            "were mined with the cross-encoder and then BM25 filtered them; we actually kept "
            "only the negatives the cross-encoder scored above 0.8, because those are the "
            "hardest, and false negatives aren't really a problem in practice. We didn't use "
            "synthetic queries, since LLM-written questions hurt quality, just the click logs. "
            "The distillation went the other way: we distilled our bi-encoder into the "
            "cross-encoder to speed up reranking. Recall at five went from 0.81 to 0.85, and "
            "we served it on GPUs."
        ),
        (
            "Once you have embeddings, most of the engineering is in the index. HNSW gives "
            "good recall at low latency but uses a lot of memory, so for big corpora people "
            "use IVF with product quantisation and tune how many lists to probe against "
            "latency. You also have to plan re-indexing whenever the model changes, because "
            "old and new vectors aren't compatible, so we kept two indexes running during "
            "migrations."
        ),
        (
            "Sure, training our own sentence-embedding model for semantic search. We trained a "
            "sentence-embedding model, and we used it for semantic search. So walking through "
            "it, there was the model, and there was the search, and the model was for the "
            "search. That's basically our sentence-embedding model."
        ),
    ),
    Case(
        "en-h29-distill-temperature",
        "en",
        "fundamentals",
        (
            "In knowledge distillation, what does the temperature do, and why is the soft loss "
            "multiplied by T squared?"
        ),
        (
            "KD (Hinton et al. 2015)\n"
            "- soft targets: p_i = softmax(z_i / T); T > 1 -> flatter -> small probs of wrong "
            'classes become visible ("dark knowledge": this 2 looks a bit like a 3 / a 7)\n'
            "- loss = a * T^2 * KL(p_teacher^T || p_student^T) + (1 - a) * CE(y, "
            "p_student^(T=1))\n"
            "- why T^2: grads of the soft term wrt logits scale ~ 1/T^2 -> multiply back so "
            "the soft/hard balance stays the same when T changes\n"
            "- same T for teacher + student in training; student runs at T = 1 at inference\n"
            "- typical T = 2-5; too high -> everything ~uniform, signal lost"
        ),
        (
            "The temperature divides the logits before the softmax. With T above one the "
            "distribution gets flatter, so the tiny probabilities the teacher gives to wrong "
            "classes show up, and that's the useful part, the dark knowledge: the teacher "
            "saying this two looks a little like a three or a seven. Training mixes two terms: "
            "the KL divergence between the teacher's and the student's softened outputs, both "
            "at the same temperature, and ordinary cross-entropy against the true label at "
            "temperature one. The T squared is there because softening both sides by T shrinks "
            "the soft term's gradients with respect to the logits by roughly one over T "
            "squared, so multiplying back keeps the soft and hard terms balanced whatever "
            "temperature you pick. At inference the student just runs at T equals one. People "
            "usually pick something between two and five; if T gets too high everything looks "
            "uniform and there's nothing left to learn."
        ),
        (
            "The temperature makes the teacher's probabilities softer so the student can learn "
            "more from them. The T squared is a scaling factor to keep the loss balanced."
        ),
        (
            "The temperature multiplies the logits, so a higher T makes the teacher's "
            "distribution sharper and closer to one-hot, which removes the noise on the wrong "
            "classes. Only the teacher is softened; the student is trained at temperature one, "
            "and at inference it keeps the high temperature. The T squared is there to make "
            "the soft loss smaller, because the KL term grows by T squared and would otherwise "
            "swamp the cross-entropy. Typical values are twenty to fifty, and higher is "
            "better, since it can't get too uniform."
        ),
        (
            "There are other kinds of distillation besides matching outputs. Feature "
            "distillation, like FitNets, makes the student's intermediate layers mimic the "
            "teacher's through a small regressor, and for language models people often do "
            "sequence-level distillation: generate text with the teacher and fine-tune the "
            "student on it. There is also self-distillation, where a model learns from an "
            "earlier copy of itself."
        ),
        (
            "In knowledge distillation, the temperature does what a temperature does, and the "
            "soft loss is multiplied by T squared because it is multiplied by T squared. So "
            "the temperature is the temperature, and T squared is T squared. That's what the "
            "temperature does in knowledge distillation."
        ),
    ),
    Case(
        "en-h29-vlm-connector",
        "en",
        "fundamentals",
        (
            "How does a vision-language model feed an image into the LLM? Compare a Q-Former "
            "with a simple MLP projector."
        ),
        (
            "VLM: image -> LLM\n"
            "1. vision encoder (CLIP / SigLIP ViT), 336 px, patch 14 -> 24x24 = 576 patch "
            "tokens\n"
            "2. **connector** maps vision features into the LLM's embedding space -> image "
            "tokens sit in the sequence like words\n"
            "**Q-Former (BLIP-2)**: 32 learnable queries cross-attend to the patch features -> "
            "fixed 32 tokens\n"
            "  + cheap for the LLM, fixed length\n"
            "  - lossy: fine detail lost (small text, OCR, counting); needs its own "
            "pretraining stages\n"
            "**MLP projector (LLaVA-1.5)**: 2-layer MLP per patch -> keeps all 576 tokens\n"
            "  + keeps spatial detail; simple; stage 1 = projector only on captions, stage 2 = "
            "projector + LLM on instructions\n"
            "  - long sequences; high-res tiling makes it worse -> pixel shuffle / pooling, 4x "
            "fewer tokens\n"
            "trend: most recent open VLMs = MLP + token compression"
        ),
        (
            "There are two pieces. A vision encoder, usually a CLIP or SigLIP ViT, cuts the "
            "image into patches; at three hundred thirty-six pixels with fourteen-pixel "
            "patches that's a twenty-four by twenty-four grid, five hundred seventy-six patch "
            "features. Then a connector maps those into the language model's embedding space, "
            "and the image tokens sit in the input just like word tokens. BLIP-2's Q-Former "
            "has thirty-two learned queries that cross-attend to the patches, so the LLM "
            "always sees exactly thirty-two tokens. That's cheap, but it throws away detail, "
            "so reading small text or counting suffers, and it needs its own pretraining. "
            "LLaVA instead runs a two-layer MLP on every patch and keeps all five hundred "
            "seventy-six tokens, which preserves spatial detail and is simple to train: first "
            "only the projector on captions, then the projector and the LLM on instruction "
            "data. The price is long sequences, worse once you tile high-resolution images, so "
            "people merge neighbouring patches to cut the count by four. Most recent open "
            "models go the MLP route with some compression."
        ),
        (
            "The image goes through a vision encoder and then gets projected into tokens the "
            "language model can read. A Q-Former gives you fewer tokens, while an MLP keeps "
            "more."
        ),
        (
            "The vision encoder turns the image into patch features, and then the connector "
            "compresses them. The MLP projector is the one that compresses: it pools all the "
            "patches down to a fixed thirty-two tokens, which is why LLaVA is so cheap to run. "
            "The Q-Former keeps one token per patch, all five hundred seventy-six, using "
            "self-attention among the patches, so it's the better one for reading small text. "
            "The Q-Former needs no separate pretraining either; you train it together with the "
            "LLM from the start. And tiling high-resolution images doesn't change the token "
            "count in either design, so sequence length isn't really an issue."
        ),
        (
            "Evaluating VLMs is a whole topic of its own. MMMU tests college-level reasoning "
            "over diagrams, DocVQA and ChartQA test documents and charts, and a known problem "
            "is that many questions can be answered from the text alone without looking at the "
            "image, so newer benchmarks filter those out. Hallucination is another big one, "
            "measured with things like POPE, which asks whether a given object is in the "
            "picture."
        ),
        (
            "A vision-language model feeds an image into the LLM by feeding the image into it. "
            "Comparing a Q-Former with a simple MLP projector, one is a Q-Former and the other "
            "is an MLP projector. So the image goes in, and the comparison is that they are "
            "different. That's how the image is fed in."
        ),
    ),
    Case(
        "en-h29-voice-consent",
        "en",
        "behavioral",
        "Tell me about a time you raised an ethical or legal concern about a project.",
        (
            "STAR - narrator voice data (2022)\n"
            "S: TTS team at Lumio (e-learning app); new narrator voice for the spring course "
            "launch, 6 weeks out\n"
            "T: I owned data prep. Found ~30 h of the training set scraped from a podcast -> "
            "no consent from the speaker, licence unclear\n"
            "A:\n"
            "- stopped training on it the same day; 1-page note to manager + legal: source, "
            "hours, risk (voice = biometric data under GDPR)\n"
            "- came with a plan, not just a blocker: hire 2 voice actors with a signed "
            "licence, ~12 h each, fine-tune our existing multi-speaker base model\n"
            "- added provenance columns (source, licence, consent) to the dataset registry; no "
            "provenance -> not trainable\n"
            "R: launch slipped 2 weeks; MOS 4.1 vs 4.2 for the scraped voice (testers couldn't "
            "tell); registry adopted by the whole ML team\n"
            "Lesson: bring a fix along with the concern"
        ),
        (
            "In 2022 I was on the text-to-speech team at Lumio, an e-learning app, and we were "
            "building a new narrator voice for the spring course launch, about six weeks away. "
            "I was preparing the data, and I found that around thirty hours of the training "
            "audio had been scraped from a podcast. Nobody had asked the speaker, the licence "
            "was unclear at best, and under GDPR a person's voice can count as biometric data. "
            "I stopped us training on it that day and wrote a one-page note for my manager and "
            "legal saying where the audio came from, how much there was and what the risk was. "
            "I didn't want to just be the blocker, so I came with a plan: hire two voice "
            "actors under a signed licence, record about twelve hours from each, and fine-tune "
            "our existing multi-speaker model. I also added source, licence and consent fields "
            "to our dataset registry, so nothing without them can be trained on. We launched "
            "two weeks late; listeners rated the new voice 4.1 against 4.2 for the scraped "
            "one, which testers couldn't tell apart, and the whole ML team now uses the "
            "registry."
        ),
        (
            "Once I noticed some of our speech training data didn't have proper permission, so "
            "I raised it with my manager, and we replaced it with recordings we had the rights "
            "to."
        ),
        (
            "At Lumio we were building a narrator voice, and about thirty hours of the data "
            "came from a podcast. Legal raised a concern, but I argued that publicly available "
            "audio is fine to train on, and with the launch six weeks away I pushed to keep "
            "it. We launched on time with the scraped voice and didn't hire any voice actors. "
            "A few months later the podcaster complained and we had to pull the voice, so the "
            "course ran without narration for a while. We never added provenance tracking; it "
            "felt like too much overhead for the team."
        ),
        (
            "Ethics in ML comes up most often around bias. A speech recogniser might work "
            "worse for some accents, or a hiring model might learn from past decisions that "
            "were unfair. The usual approach is to evaluate on slices by group, document the "
            "model with a model card, and involve people from the affected groups early rather "
            "than after launch."
        ),
        (
            "Yes, there was a time I raised an ethical or legal concern about a project. It "
            "was a concern, it was ethical or legal, and it was about a project, and I raised "
            "it. So raising that concern is the time I'm talking about, and that's the time I "
            "raised a concern about a project."
        ),
    ),
]
