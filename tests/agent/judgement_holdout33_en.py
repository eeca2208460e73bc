"""The English half of held-out set 33 (see judgement_holdout33.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h33-intro",
        "en",
        "self_intro",
        "Let's begin with a quick intro: your background and what you've been building recently.",
        (
            "Intro (~90 s; thread: cameras -> video understanding -> video-language)\n"
            "- Elena Kovacs; BSc CS, Budapest Univ. of Technology 2015 -> MSc Computer Vision, ETH "
            "Zurich 2017\n"
            "- 2017-2020 Trackside Analytics (retail cameras): CV engineer, people counting + "
            "queue detection on edge boxes (Jetson TX2)\n"
            "- 2020-now CareSight (elder-care monitoring, ~1,100 care homes): **senior MLE, video "
            "understanding**\n"
            "  - own fall detection: pose -> skeleton action model, on-device\n"
            "  - highlight: false alarms 6/night -> 0.4/night per home, recall 93%\n"
            "  - mentor 2; own the annotation guidelines\n"
            "- why now: video-language models, larger-scale pretraining"
        ),
        (
            "Sure. I'm Elena Kovacs. I studied computer science at the Budapest University of "
            "Technology and then did a master's in computer vision at ETH Zurich, which I finished "
            "in 2017. My first job was at Trackside Analytics, which put cameras in shops: I built "
            "people counting and queue detection that ran on small edge boxes, Jetson TX2s. Since "
            "2020 I've been at CareSight, which does monitoring for elder care in about eleven "
            "hundred homes, and I'm a senior ML engineer on video understanding. My main thing is "
            "fall detection: we estimate the person's pose and then run an action model over the "
            "skeleton sequence, all on the device. What I'm proudest of is bringing false alarms "
            "down from about six a night per home to well under one, while recall stayed at "
            "ninety-three percent. I also mentor two engineers and look after our annotation "
            "guidelines. Next I'd like to work on video-language models and pretraining at a much "
            "larger scale."
        ),
        (
            "I'm Elena. I've worked in computer vision for about eight years, mostly on video from "
            "cameras, first in retail and now in healthcare, and I'd like to work on bigger models."
        ),
        (
            "I'm Elena Kovacs. I did my bachelor's at ETH Zurich and my master's in Budapest, "
            "finishing in 2020. I started at CareSight on their billing backend and only later "
            "moved to Trackside Analytics, where I build recommendation models for online "
            "shoppers. At CareSight the fall detection ran in the cloud on raw video, and I wasn't "
            "involved in it. False alarms actually went up there, from under one a night to about "
            "six. I don't mentor anyone. What I want next is to move into quantitative finance."
        ),
        (
            "Elder care is a fascinating space for computer vision because privacy matters so "
            "much. Families want to know their parents are safe, but residents don't want to feel "
            "watched, so a lot of the industry is looking at radar or thermal sensors instead of "
            "cameras. Care homes are also badly understaffed, so any new system has to fit into "
            "the night shift's routine, and buying decisions usually go through a regional manager "
            "rather than the home itself."
        ),
        (
            "Sure, a quick intro. My background is my background, and what I've been building "
            "recently is what I've been building. So, as a quick intro, that's my background, and "
            "recently I've been building things. That's the quick intro to my background and what "
            "I've been building."
        ),
    ),
    Case(
        "en-h33-photo-dedup",
        "en",
        "project",
        (
            "You mentioned removing near-duplicate photos with embeddings. How did you build it, "
            "and how did you choose the threshold?"
        ),
        (
            "### Near-dup removal, stock photo marketplace (~180M images)\n"
            "**Why**: contributors re-upload the same shot (crop, filter, watermark) -> a search "
            "page shows 5 copies; legal also wanted exact copies caught\n"
            "1. **Stage 1 - cheap**: MD5 on bytes + pHash (64-bit), Hamming <= 6 -> catches "
            "resizes & re-encodes\n"
            "2. **Stage 2 - semantic**: CLIP ViT-L/14 image embeddings, L2-normalised, PCA 768 -> "
            "256, FAISS IVF-PQ\n"
            "   - top-20 neighbours, cosine >= 0.93 -> candidate pair\n"
            "   - threshold from **4k human-labelled pairs**: cos at precision 98% (recall then "
            "86%)\n"
            "   - burst shots (same scene, different frame) got merged -> grey zone 0.93-0.96: "
            "keypoint match (ORB + RANSAC, >= 40 inliers)\n"
            "3. union-find -> groups; keep highest-res / earliest upload as canonical\n"
            "**Result**: 11% of library flagged; duplicate complaints -70%; distinct images in "
            "search top 20: 14 -> 19"
        ),
        (
            "This was a stock photo marketplace with around a hundred and eighty million images, "
            "where contributors kept re-uploading the same shot with a crop, a filter or a "
            "watermark, so one search page could show five copies of a picture. We built it in two "
            "stages. The cheap one is an MD5 of the bytes plus a 64-bit perceptual hash, and "
            "anything within a Hamming distance of six counts, which catches resizes and "
            "re-encodes. The second stage uses CLIP ViT-L image embeddings, normalised and cut to "
            "256 dimensions with PCA, in a FAISS IVF-PQ index; we look at each image's twenty "
            "nearest neighbours and a pair is a candidate at cosine 0.93 or more. That number came "
            "from about four thousand pairs people labelled: we took the point where precision was "
            "ninety-eight percent, which left recall around eighty-six. Burst shots of the same "
            "scene still got merged, so between 0.93 and 0.96 we added keypoint matching with "
            "RANSAC. Union-find turns pairs into groups, and we keep the highest-resolution or "
            "earliest upload. About eleven percent of the library was flagged and duplicate "
            "complaints fell by seventy percent."
        ),
        (
            "We computed CLIP embeddings for every image and looked up nearest neighbours, and if "
            "two images were similar enough we treated them as duplicates. We tuned the threshold "
            "by looking at examples."
        ),
        (
            "We used the CLIP embeddings as the cheap first stage, since they're fast, and then "
            "the perceptual hash as the expensive check for crops and filters. For CLIP we called "
            "a pair a duplicate when the cosine was below 0.93, because lower means closer. We "
            "didn't label any pairs; 0.93 is just the FAISS default. We tuned for recall, "
            "ninety-eight percent recall at about eighty-six percent precision, because merging "
            "burst shots of the same scene is fine, so there was no keypoint check. In each group "
            "we kept the lowest-resolution copy to save storage, and about forty percent of the "
            "library was removed."
        ),
        (
            "Storage for a library that size is its own problem. We kept originals in object "
            "storage with lifecycle rules that moved rarely viewed files to a cold tier, and "
            "served thumbnails from a CDN in three sizes. Licensing is the other headache: any "
            "image with a recognisable person needs a model release, and contributors in some "
            "countries need different tax forms before they can be paid."
        ),
        (
            "So, removing near-duplicate photos with embeddings: we built it with embeddings, and "
            "we chose the threshold by choosing a threshold. The embeddings found the "
            "near-duplicates, and the threshold was the threshold we chose. That's how we built "
            "it, and that's how we chose the threshold."
        ),
    ),
    Case(
        "en-h33-fall-detection",
        "en",
        "project",
        (
            "Walk me through your fall-detection system: what the model looks at, how it was "
            "trained, and how you got the false alarms down."
        ),
        (
            "## Fall detection (on-device)\n"
            "- input: ceiling fisheye camera, 15 fps; **no RGB leaves the device** (privacy) -> "
            "skeletons only\n"
            "- person det (YOLOX-s) -> pose (RTMPose, 17 kpts) -> track -> **ST-GCN** on 3 s "
            "windows (45 frames)\n"
            "- why skeleton, not RGB (tried X3D): RGB overfit to room decor, 2x slower on Jetson "
            "Orin Nano\n"
            "- data: only ~600 real falls -> + 9k staged falls (stunt actors, 4 mock rooms) + "
            "synthetic SMPL renders\n"
            "- false alarms mostly 'sitting down hard on bed', 'bending to pick sth up' -> "
            "hard-negative mining on 2k h of normal nights\n"
            "- 2nd gate: alert only if person **stays on floor > 10 s**\n"
            "**Result**: FA 6 -> 0.4 per home per night; recall 93% (held-out real falls); ~12 s "
            "to alert"
        ),
        (
            "The camera is a fisheye on the ceiling running at fifteen frames a second, and for "
            "privacy no video ever leaves the device, so the model only sees skeletons. Each frame "
            "we detect the person with a small YOLOX, get seventeen keypoints from RTMPose and "
            "track them, and then an ST-GCN, a graph convolution over joints and time, classifies "
            "three-second windows, so forty-five frames. We did try an RGB model, X3D, but it "
            "learned the furniture and ran at half the speed on the Jetson. Real falls are rare, "
            "we had about six hundred, so we added roughly nine thousand staged falls by stunt "
            "performers in four mock rooms plus synthetic renders. Most false alarms were people "
            "sitting down hard on the bed or bending to pick something up, so we mined hard "
            "negatives from two thousand hours of ordinary nights, and we only alert if the person "
            "stays on the floor for more than ten seconds. False alarms went from six a night to "
            "about zero point four per home, recall stayed at ninety-three percent, and an alert "
            "goes out in about twelve seconds."
        ),
        (
            "We ran pose estimation and then a model over the skeleton sequence to classify falls, "
            "and we added more negative examples to bring the false alarms down."
        ),
        (
            "The camera streams RGB video to our cloud, where an X3D model looks at the raw "
            "frames, because skeletons throw away too much; we tried an ST-GCN on poses and it was "
            "twice as slow on the Jetson. We trained only on the six hundred real falls, since "
            "staged falls by actors look fake and hurt the model. Most false alarms came from the "
            "camera angle, so we just raised the score threshold rather than mining hard "
            "negatives, and we dropped the wait on the floor so the alert fires the instant "
            "someone goes down. That took false alarms from about one a night to zero point four, "
            "with recall around seventy percent."
        ),
        (
            "Falls are the leading cause of injury-related hospital visits for people over "
            "sixty-five, so care homes take them very seriously. Many homes still rely on pressure "
            "mats by the bed or pendant buttons, but residents with dementia often forget to wear "
            "the pendant. Wrist wearables with accelerometers are another option, though battery "
            "life and residents taking them off are constant problems."
        ),
        (
            "So, the fall-detection system: the model looks at what it looks at, it was trained "
            "the way it was trained, and the false alarms went down because we got them down. To "
            "walk you through it, it's a fall-detection system, it detects falls, and we worked on "
            "the false alarms until they were lower."
        ),
    ),
    Case(
        "en-h33-ctc",
        "en",
        "fundamentals",
        "In a text-recognition model like CRNN, how does the CTC loss work, and why use it?",
        (
            "CTC (CRNN = CNN -> BiLSTM -> CTC)\n"
            "- problem: no per-frame alignment between feature columns (T ~ 40) and label chars (L "
            "<= T)\n"
            "- add a **blank** token; per-frame softmax over vocab + blank\n"
            "- collapse map B: **merge repeats first, then remove blanks** ('hh-ee-l-ll-oo' -> "
            "'hello'); a blank between repeats is what allows 'll'\n"
            "- loss = -log SUM over paths pi with B(pi) = y of PROD_t p(pi_t | x) -> "
            "forward-backward DP, O(T*L)\n"
            "- frames conditionally independent given x -> no LM inside; add LM / attention "
            "decoder if needed\n"
            "- decode: greedy (argmax per frame, then B) or beam search"
        ),
        (
            "The problem CTC solves is that the recognizer gives you a sequence of feature "
            "columns, say forty across the text line, but the label is just the characters, and "
            "nobody tells you which column goes with which character. So you add one extra symbol, "
            "a blank, and the network predicts a distribution over the characters plus blank at "
            "every column. To turn a frame-level path into text you first collapse consecutive "
            "repeats and then drop the blanks; the blank sitting between two l's is what lets you "
            "spell a double letter. The loss is the negative log of the total probability of all "
            "the paths that collapse to the right label. You don't enumerate them, you add them up "
            "with a forward-backward dynamic program that costs about time steps times label "
            "length. One caveat: it treats the frames as independent given the image, so there's "
            "no language model inside it, and you bolt one on or use an attention decoder. At "
            "inference you can take the argmax per frame and collapse, or run a beam search."
        ),
        (
            "CTC lets you train without knowing where each character sits in the image. It adds a "
            "blank symbol, which gets removed when you decode."
        ),
        (
            "CTC needs a character-level alignment from the annotation, so each feature column is "
            "labelled with its character and the loss is cross-entropy on those columns. The blank "
            "marks the spaces between words. To decode you first remove the blanks and then merge "
            "the repeats, which is why double letters like the l's in hello come out fine. The "
            "loss takes only the single most likely path, the max rather than a sum, computed with "
            "Viterbi. And because it sits on a BiLSTM, it already models the dependencies between "
            "output characters like a language model, so you never need an external one."
        ),
        (
            "For text recognition these days a lot of people drop the recurrent part and use a "
            "pure vision transformer, like ViTSTR or PARSeq, that reads the whole crop at once. "
            "Data is usually the bottleneck, so rendered synthetic text such as SynthText and "
            "MJSynth is standard for pretraining before fine-tuning on real crops. Curved text is "
            "another headache; people usually straighten it with a thin-plate-spline transform "
            "before recognition."
        ),
        (
            "The CTC loss in a text-recognition model like CRNN works the way CTC works, and we "
            "use it because CRNN uses it. So how it works is the CTC loss, and why we use it is "
            "that CRNN uses it. That's basically how the CTC loss works in text recognition and "
            "why we use it."
        ),
    ),
    Case(
        "en-h33-sam-design",
        "en",
        "fundamentals",
        (
            "How is the Segment Anything Model put together, and why does it return three masks "
            "for a single click?"
        ),
        (
            "SAM = image encoder + prompt encoder + mask decoder\n"
            "* **image encoder**: MAE-pretrained ViT-H, 1024x1024 in -> 64x64x256 embedding; heavy "
            "(~0.15 s on A100) but runs **once per image**\n"
            "* **prompt encoder**: points / boxes -> positional encodings + learned type "
            "embeddings; mask prompt -> convs, added to the image embedding\n"
            "* **mask decoder**: light (2 layers, two-way attention tokens <-> image), ~50 ms even "
            "in a browser -> interactive\n"
            "* **ambiguity**: 1 click = whole / part / subpart -> 3 masks + predicted IoU each; "
            "loss only on the **min** of the 3\n"
            "* data engine: SA-1B = 11M images, 1.1B masks, ~99% generated automatically\n"
            "* no text prompt in the released model; masks carry no class labels"
        ),
        (
            "It has three pieces. The heavy one is the image encoder, a big ViT pretrained as a "
            "masked autoencoder, which takes a ten-twenty-four square image and turns it into a "
            "sixty-four by sixty-four grid of embeddings. That's expensive, but you run it once "
            "per image. Then a prompt encoder: points and boxes become positional encodings plus a "
            "learned embedding for the kind of prompt, and a rough mask goes through a few "
            "convolutions and is added onto the image embedding. The mask decoder is tiny, a "
            "couple of layers of attention running both ways between the prompt tokens and the "
            "image, so it answers in tens of milliseconds, even in a browser, which is why "
            "clicking feels interactive. A single click is ambiguous: you might mean the whole "
            "object, a part or a sub-part, so it predicts three masks, each with its own predicted "
            "IoU, and during training only the best of the three gets the loss. It was trained on "
            "SA-1B, about a billion masks on eleven million images, nearly all produced "
            "automatically by the model itself. The masks come without class names, and the public "
            "model doesn't take text prompts."
        ),
        (
            "SAM has an image encoder, a prompt encoder and a mask decoder. You give it a point or "
            "a box and it gives you back a mask."
        ),
        (
            "SAM's image encoder is a small CNN that gets re-run for every click, while the mask "
            "decoder is the big ViT-H, which is why each click takes a few seconds. The prompt "
            "encoder turns a text description into an embedding, and that's the main way you "
            "prompt it. The three masks are for the three most likely classes, say person, car and "
            "background, and the training loss is averaged over all three so each is learned "
            "equally. There's no IoU prediction. It was trained on about eleven thousand images, "
            "all outlined by hand."
        ),
        (
            "Before SAM, interactive segmentation mostly meant tools like GrabCut, where you drag "
            "a rectangle and a graph cut separates foreground from background using colour models, "
            "and then you fix it with scribbles. In medical imaging people still mostly train a "
            "U-Net per task, like nnU-Net, which configures the patch size, the augmentation and "
            "the depth automatically from the dataset, and those still beat general models on "
            "things like CT organs."
        ),
        (
            "The Segment Anything Model is put together from its parts, and it returns three masks "
            "for a click because it returns three masks. So how it's put together is how it's "
            "built, and the three masks are the three masks it returns for a click. That's how the "
            "Segment Anything Model is put together."
        ),
    ),
    Case(
        "en-h33-leaky-split",
        "en",
        "behavioral",
        "Tell me about a time a result you reported turned out to be wrong. What did you do?",
        (
            "STAR - leaked video frames in my own detection eval\n"
            "S: PPE detection (hard hat / vest) on construction-site CCTV; I reported mAP@0.5 0.71 "
            "-> 0.83 with a new backbone; leadership planned rollout to 40 sites\n"
            "T: pilot at a new site only ~0.62 -> find out why\n"
            "A:\n"
            "  1. checked the split: I'd split **by frame, not by camera / video** -> "
            "near-identical frames in train and test\n"
            "  2. embedding check: ~38% of test frames had a train neighbour at cos > 0.95\n"
            "  3. told my manager + the rollout lead the same day; wrote it up myself, didn't wait "
            "for the re-run\n"
            "  4. re-split by site (grouped), held out 3 whole sites\n"
            "R: honest numbers old 0.58 vs new 0.64 (gain real, smaller); rollout to 8 sites "
            "first, not 40; split-by-site now enforced in our eval script"
        ),
        (
            "On a project detecting hard hats and safety vests in CCTV from construction sites, I "
            "reported that a new backbone took mAP at IoU 0.5 from about seventy-one to "
            "eighty-three, and leadership planned to roll it out to forty sites. Then a pilot at a "
            "new site came in around sixty-two, and I went to find out why. It was my own split: "
            "I'd split the data by frame rather than by camera, so nearly identical frames from "
            "the same video sat in both train and test. An embedding similarity check showed about "
            "thirty-eight percent of test frames had a training frame above 0.95 cosine. That same "
            "day I told my manager and the rollout lead, and wrote it up myself instead of waiting "
            "for new numbers. Then I re-split by site and held out three whole sites. The honest "
            "figures were fifty-eight for the old model and sixty-four for the new one, so the "
            "gain was real but smaller. We started with eight sites instead of forty, and "
            "splitting by site is now enforced in our evaluation script."
        ),
        (
            "I once reported a detection result that was too optimistic because the test set "
            "overlapped with the training data. I told my manager and we fixed the evaluation."
        ),
        (
            "On the hard-hat and vest detection project I reported mAP going from seventy-one to "
            "eighty-three. A colleague later claimed the split leaked frames, but I checked and "
            "the data was already split by site, so the overlap was under one percent and there "
            "was no leak. The pilot site's lower number was just bad lighting. I didn't raise it "
            "with my manager, since the numbers were fine, and we rolled out to all forty sites at "
            "once. We kept the frame-level split because it gives us more test data."
        ),
        (
            "Construction-site safety is a great use of vision, but the hard part is the cameras. "
            "Most sites use cheap CCTV mounted high up on poles, so workers are only a few dozen "
            "pixels tall, and the view changes every week as the building goes up. Night shifts "
            "and rain make it worse. We also had to agree with the unions that the system would "
            "flag unsafe conditions, not identify individual workers."
        ),
        (
            "Yes, there was a time a result I reported turned out to be wrong, and I did something "
            "about it. What I did was what you do when a result is wrong. So a result I reported "
            "was wrong, and I did what I did. That's the time a result I reported turned out to be "
            "wrong."
        ),
    ),
]
