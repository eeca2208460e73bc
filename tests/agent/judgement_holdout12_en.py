"""The English half of held-out set 12 (see judgement_holdout12.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h12-intro",
        "en",
        "self_intro",
        "Let's start with a quick introduction: your background and what you're working on now.",
        "Intro (~90 s)\n"
        "- Sofia Marchetti; BSc Computer Engineering, Politecnico di Milano 2015 -> MSc AI, Univ. "
        "of Edinburgh 2017\n"
        "- 2017-2020 Zalando: data scientist, size & fit recommendations (goal: fewer returns)\n"
        "- 2020-now: Shelfy (second-hand marketplace, ~40M listings), **ML lead, catalogue "
        "quality**\n"
        "  - own attribute extraction: title / description / photos -> structured attrs (colour, "
        "material, size...)\n"
        "  - highlight: attribute coverage 54% -> 88% at 95% precision; filter-driven search CTR "
        "+6% rel\n"
        "  - team of 4 (2 MLE, 1 DS, 1 annotation lead)\n"
        "- why this role: go deeper on LLM post-training + evaluation, less pipeline work",
        "Sure. I'm Sofia Marchetti. I did computer engineering at the Politecnico di Milano and "
        "then a master's in AI at Edinburgh, finishing in 2017. I started at Zalando as a data "
        "scientist on size and fit recommendations, where the whole point was to cut the number "
        "of returns. In 2020 I joined Shelfy, a second-hand marketplace with about forty million "
        "listings, and I now lead the catalogue quality ML work. My main thing there is attribute "
        "extraction: taking a listing's title, description and photos and turning them into "
        "structured fields like colour, material and size. We took coverage of those fields from "
        "roughly half of listings to almost ninety percent while keeping precision at "
        "ninety-five, and search clicks coming through filters went up about six percent. I "
        "manage a team of four. What I'm looking for now is to go deeper into LLM post-training "
        "and evaluation and spend less of my time on pipelines.",
        "I'm Sofia. I've been in e-commerce ML for most of my career, and right now I lead a "
        "small team working on catalogue data at a marketplace.",
        "I'm Sofia Marchetti. I studied physics at Edinburgh and did my PhD in Milan, finishing "
        "in 2020. I spent five years at Shelfy building fraud detection for payments, and last "
        "year I moved to Zalando as an individual contributor working on size recommendations. My "
        "biggest result was raising search click-through by fifty-four percent. I don't manage "
        "anyone, and honestly I'd like to move away from LLMs and back to classic tabular "
        "modelling.",
        "Marketplaces are a fascinating place to do ML because the catalogue is so messy. Unlike "
        "a retailer, you don't control the data: sellers write whatever they like, photos are "
        "taken on kitchen tables, and the same item is listed a hundred different ways. That's "
        "why trust and safety and search relevance tend to be the biggest ML investments at these "
        "companies.",
        "Sure, a quick introduction. My background is my background, and what I'm working on now "
        "is what I'm working on now. So that's the quick introduction, my background and what I'm "
        "working on, quickly introduced.",
    ),
    Case(
        "en-h12-project-attributes",
        "en",
        "project",
        "Walk me through the attribute extraction system. How did it work, and which parts did "
        "you own?",
        "Attribute extraction (2021-2023)\n"
        "Problem: sellers fill ~half the structured fields; colour / material / size missing -> "
        "filters + search miss items. ~40M listings, ~300k new per day\n"
        "v1 = rules + regex per category -> precision ok, recall bad, ~1 engineer per category to "
        "maintain\n"
        "**v2 (mine)**\n"
        "1. schema per category (~1.9k attributes total), closed value lists wherever possible\n"
        "2. labels: 45k listings hand-annotated + weak labels from fields sellers did fill\n"
        "3. model: fine-tuned Flan-T5-large (780M); input = title + desc + category; output = "
        "'attr: value' pairs\n"
        "4. **constrained decoding** over the closed value lists (trie) -> can't invent values\n"
        "5. photos: CLIP zero-shot for colour / pattern only, used when the text says nothing\n"
        "6. per-attribute confidence threshold tuned for precision >= 95%; below -> left empty or "
        "shown to seller as a suggestion\n"
        "Mine: schema (with category managers), model + constrained decoding, thresholds. Serving "
        "(nightly Spark batch + streaming for new listings) = platform team\n"
        "Results: coverage 54% -> 88% @ 95% precision; filter search CTR +6% rel; rules retired "
        "in 70% of categories\n"
        "lesson: 'unknown' must be a valid output, otherwise the model guesses",
        "The problem was that sellers only fill in about half of the structured fields, so when a "
        "shopper filters by colour or material, a lot of matching items just don't show up. We "
        "had around forty million listings and three hundred thousand new ones a day. The first "
        "version was regex rules per category, which were precise but missed most things, and "
        "every category needed someone maintaining its rules. For the rebuild I first worked with "
        "the category managers on a schema, about nineteen hundred attributes in total, with "
        "fixed lists of allowed values wherever we could. We had forty-five thousand listings "
        "labelled by hand and used the fields sellers had filled in as weaker extra labels. The "
        "model was a fine-tuned Flan-T5 large that reads the title, description and category and "
        "writes out attribute-value pairs, and decoding was restricted to the allowed value lists "
        "through a trie, so it couldn't make up a value. For colour and pattern we also used CLIP "
        "zero-shot on the photos when the text said nothing. Each attribute got its own "
        "confidence threshold set so precision stayed at ninety-five percent; under it we left "
        "the field empty or offered it to the seller as a suggestion. The schema, the model, the "
        "constrained decoding and the thresholds were mine; the platform team did serving. "
        "Coverage went from fifty-four to eighty-eight percent, filter-driven search clicks rose "
        "six percent, and we retired the rules in most categories. One lesson: you have to let "
        "the model say 'unknown', or it guesses.",
        "We fine-tuned a language model to read each listing and fill in the missing fields like "
        "colour and material, and that improved coverage a lot. I mostly worked on the modelling "
        "side.",
        "We didn't fine-tune anything; we just sent every listing to GPT-4 at inference time with "
        "the schema in the prompt, about three hundred thousand calls a day. We let it generate "
        "free text values rather than restricting it to a list, because closed value lists made "
        "it miss too many things. The thresholds were tuned for recall, so we filled every field "
        "even when the model wasn't sure, and 'unknown' was never allowed as an answer. Photos "
        "only mattered for the size attribute. I owned the serving pipeline, and the schema and "
        "model came from the category managers. Coverage went from eighty-eight to ninety-five "
        "percent.",
        "Search relevance on a marketplace is its own big project. We use a two-stage setup, BM25 "
        "plus a dense retriever for candidates, then a gradient-boosted ranker with features like "
        "price, seller rating and freshness. Most of the gains came from better query "
        "understanding, like detecting brand names and spelling correction.",
        "So, the attribute extraction system. It worked by extracting attributes, which is what "
        "an attribute extraction system does. Which parts did I own? I owned parts of the "
        "attribute extraction system. That's how it worked and those were my parts of it.",
    ),
    Case(
        "en-h12-continuous-batching",
        "en",
        "fundamentals",
        "What is continuous batching in LLM serving, and why does it improve throughput?",
        "Continuous batching (= in-flight / iteration-level batching; Orca OSDI '22; vLLM, TGI, "
        "TensorRT-LLM)\n"
        "- static batching: batch fixed up front, runs until the **longest** sequence finishes -> "
        "short seqs done early sit idle as padding, new requests wait in the queue\n"
        "- continuous: scheduler runs every **decode step** -> finished sequences leave, waiting "
        "requests join right away\n"
        "- why it helps: decode is memory-bandwidth bound -> bigger effective batch = extra "
        "tokens almost for free -> throughput 2-4x vs. earlier systems (vLLM paper), far more vs. "
        "naive HF generate\n"
        "- new request's **prefill** is compute heavy -> can stall running decodes -> chunked "
        "prefill\n"
        "- needs KV memory management: output length unknown in advance -> paged KV cache; out of "
        "memory -> preempt (swap or recompute)\n"
        "- tradeoff: throughput up, per-token latency may rise with very big batches; knobs: "
        "max_num_seqs, max_num_batched_tokens",
        "With ordinary static batching you pick a batch of requests, and the whole batch keeps "
        "running until the longest one has finished. Requests that finish early just sit there as "
        "padding, and anything that arrives in the meantime waits in the queue. Continuous "
        "batching, which Orca introduced and vLLM and TGI use, makes the scheduling decision at "
        "every decoding step instead: a sequence that has finished drops out and a waiting "
        "request takes its place straight away. The reason that pays off is that decoding is "
        "limited by memory bandwidth, not compute, so keeping the batch full gives you extra "
        "tokens nearly for free; vLLM reports something like two to four times the throughput of "
        "earlier servers. There are complications. A new request's prefill is compute heavy and "
        "can hold up everyone else's decoding, so systems split it into chunks. And since you "
        "don't know how long an output will be, you need flexible KV cache memory, like paged "
        "blocks, plus a way to preempt a sequence when memory runs out. The cost is that "
        "per-token latency can go up a bit when batches get very big, so you tune the maximum "
        "number of sequences and batched tokens.",
        "Instead of waiting for the whole batch to finish, new requests can join as soon as other "
        "ones finish, so the GPU stays busier.",
        "Continuous batching means the server keeps collecting incoming requests until the batch "
        "is completely full, and only then starts generating, running the whole batch together "
        "until every sequence is done. That way there's no padding waste. It helps because "
        "decoding is compute bound, so a full batch saturates the tensor cores. Requests can't "
        "join or leave in the middle, which is what keeps the KV cache simple: you allocate the "
        "maximum length for each sequence up front, so you never need paging or preemption. It "
        "also lowers per-token latency compared with static batching.",
        "For serving throughput the other big lever is quantization. Going from FP16 to INT8 or "
        "INT4 weights shrinks the model so you can fit it on fewer GPUs, and methods like AWQ "
        "keep the accuracy loss small. We also use tensor parallelism across two or four GPUs for "
        "the bigger models.",
        "Continuous batching in LLM serving is batching that is continuous. It improves "
        "throughput because the batching is continuous, and continuous batching means the "
        "throughput improves. So that's continuous batching and why it improves throughput in LLM "
        "serving.",
    ),
    Case(
        "en-h12-label-noise",
        "en",
        "fundamentals",
        "Suppose your training labels are noisy. How would you detect the noise and deal with it?",
        "Label noise\n"
        "types: symmetric / uniform (random flips) vs class-dependent (cat<->dog confusion) vs "
        "instance-dependent (hard, ambiguous items) -> last one = most realistic, hardest\n"
        "**detect**\n"
        "- deep nets fit the clean examples **first**, memorise noise later (Arpit et al. 2017) "
        "-> still high loss after a few epochs = suspect\n"
        "- confident learning (cleanlab): out-of-fold predicted probs -> confident joint -> flag "
        "items whose given label disagrees with a confident prediction\n"
        "- hand-audit a random sample -> estimate the noise rate\n"
        "**handle**\n"
        "1. relabel flagged items (cheapest win) or drop them\n"
        "2. robust losses: GCE, symmetric CE; MAE more robust than CE but underfits\n"
        "3. small-loss selection: **co-teaching** = 2 nets, each picks its small-loss samples to "
        "train the OTHER net\n"
        "4. label smoothing; early stopping (stop before memorisation kicks in)\n"
        "- keep a CLEAN validation / test set, or model selection is misleading",
        "First I'd want to know what kind of noise it is: random flips, systematic confusion "
        "between two classes, or noise that depends on the example, like ambiguous items, which "
        "is the most common in practice and the hardest. To find it, I'd use the fact that "
        "networks learn the clean, easy examples first and only memorise the wrong labels later, "
        "so examples that still have a high loss after a few epochs are suspects. A more "
        "principled way is confident learning with cleanlab: get out-of-fold probabilities and "
        "flag items where the model is confident about a class that isn't the given label. I'd "
        "also hand-check a random sample to estimate the noise rate. To handle it, the cheapest "
        "fix is usually to relabel the flagged items, or just drop them. Beyond that there are "
        "noise-robust losses like generalized cross-entropy, and co-teaching, where two networks "
        "each choose their low-loss examples and use them to train the other one. Label smoothing "
        "and stopping early, before the model starts memorising, help too. And the validation set "
        "has to be clean, otherwise you pick models based on noise.",
        "I'd look at the examples with the highest loss, since those are often mislabelled, and "
        "get them relabelled.",
        "Neural networks memorise the noisy labels first and only pick up the clean pattern "
        "later, so in the first couple of epochs the suspicious examples are the ones with the "
        "lowest loss. Confident learning flags the items where the model agrees with the given "
        "label with high confidence. For training, co-teaching has each network select its own "
        "highest-loss samples and train on them, because those are the informative ones. I'd stay "
        "with standard cross-entropy, since MAE is actually less robust to noise, and the "
        "validation set doesn't need cleaning because the noise averages out.",
        "Getting good labels starts with the annotation guidelines. I write clear definitions "
        "with borderline examples, run a pilot batch, measure inter-annotator agreement, and hold "
        "calibration sessions with the annotators. Paying per hour rather than per item also "
        "tends to improve quality.",
        "If the training labels are noisy, I would detect the noise and deal with it. Detecting "
        "the noise means finding the noisy labels, and dealing with it means dealing with the "
        "noise in the labels. So I'd detect it and then deal with it.",
    ),
    Case(
        "en-h12-beh-process",
        "en",
        "behavioral",
        "Tell me about a time you changed the way your team works.",
        "Story: offline eval gate before model releases (2022)\n"
        "S: team of 4, shipping attribute models ~every 2 wks; 3 regressions reached prod in one "
        "quarter (e.g. 'material' model said 'cotton' for leather shoes) -> found by category "
        "managers, not by us\n"
        "T: as lead: make releases safer **without** slowing the team down\n"
        "A:\n"
        "1. 1-page proposal: the 3 incidents + cost (~11 h triage each)\n"
        "2. built a frozen **golden set**: 2.5k listings across top-40 categories, labelled "
        "twice, disagreements adjudicated\n"
        "3. CI check: new model may not drop > 1 pt precision on any top-40 category; "
        "per-category report posted on the PR\n"
        "4. piloted 1 month on MY releases first -> then mandatory; override allowed with a "
        "written reason\n"
        "5. retro after 2 months -> cut the check people hated: full re-scoring 40 min -> "
        "sampled, 6 min\n"
        "R: 0 prod regressions next 2 quarters; cadence unchanged (~2 wks); another team copied "
        "the setup",
        "In 2022 my team of four was shipping a new attribute model roughly every two weeks, and "
        "in one quarter three regressions made it to production. One of them had the material "
        "model calling leather shoes cotton, and in every case it was the category managers who "
        "noticed, not us. As the lead I wanted releases to be safer without slowing everyone "
        "down. I wrote a one-page proposal that walked through the three incidents and what they "
        "had cost, about eleven hours of triage each. Then I built a fixed golden set of two and "
        "a half thousand listings from the forty biggest categories, each labelled by two people "
        "with disagreements resolved. We added a check to CI: a new model couldn't lose more than "
        "a point of precision in any of those categories, and the per-category report got posted "
        "on the pull request. I ran it on my own releases for a month before making it mandatory, "
        "and people could override it if they wrote down why. After two months we did a retro, "
        "and the part everyone disliked, a full re-scoring that took forty minutes, became a "
        "sampled run of about six. We had no production regressions in the next two quarters, "
        "still shipped every two weeks, and another team copied it.",
        "We kept having bad models slip into production, so I set up a golden test set and made "
        "every new model pass it before release. It worked pretty well.",
        "We had a few regressions, so I announced in a team meeting that from the next day every "
        "release needed a sign-off from me. I didn't see the point of a pilot. For the test set I "
        "took the current production model's predictions on a few thousand listings and used them "
        "as the ground truth, which saved a lot of labelling. The check ran a full re-scoring "
        "that took about two hours, and I kept it that way because thoroughness matters. Releases "
        "slowed to about once a month and people started skipping the check, but regressions did "
        "go down a bit, so I'd call it a success.",
        "I think the best teams have a strong written culture. We keep design docs for anything "
        "bigger than a week of work, we have a weekly reading group where someone presents a "
        "paper, and we rotate who runs the stand-up so everyone gets practice facilitating.",
        "A time I changed the way my team works. Yes, there was a time when I changed how my team "
        "worked, and after that the team worked in a changed way. So that's a time I changed the "
        "way the team works.",
    ),
    Case(
        "en-h12-beh-badnews",
        "en",
        "behavioral",
        "Tell me about a time you had to give stakeholders bad news about a project.",
        "Story: photo-based colour extraction wouldn't hit its launch target (2022 Q3)\n"
        "S: promised the marketplace VP a colour filter for fashion from photos, launch in 6 wks, "
        "target precision 95%\n"
        "T: week 3 -> offline precision stuck at 86% (lighting, multi-colour items, 'nude' / "
        "'navy' naming ambiguity)\n"
        "A:\n"
        "1. told my manager the same day, VP in a 30-min meeting that week -> did NOT wait for "
        "the launch review\n"
        "2. data, not excuses: error breakdown (41% lighting, 30% multi-colour, rest naming) + 3 "
        "options\n"
        "   a. slip 2 months  b. launch only in the 12 categories already >= 95%  c. launch "
        "everywhere as 'suggested', sellers confirm\n"
        "3. recommended b + c; VP picked b\n"
        "4. one-line weekly status to the VP until full launch\n"
        "R: on time for 12 categories (~35% of fashion traffic); full rollout 7 wks later at "
        "95.4%; VP asked other teams to use the options format\n"
        "learned: bad news early + options > good news late",
        "We'd promised our marketplace VP a colour filter for fashion, based on the photos, "
        "within six weeks and at ninety-five percent precision. By week three we were stuck at "
        "about eighty-six, mostly because of lighting, items with several colours, and names like "
        "navy that people use differently. I told my manager that same day and got half an hour "
        "with the VP that week rather than waiting for the launch review. I went in with data: "
        "roughly forty percent of errors came from lighting, thirty from multi-colour items and "
        "the rest from naming. And I brought options: push the date by two months, launch on time "
        "only in the twelve categories that were already above ninety-five, or launch everywhere "
        "as suggestions that sellers confirm. I recommended a mix of the last two; she chose the "
        "partial launch. After that I sent her a one-line update every week. We launched on time "
        "in those twelve categories, about a third of fashion traffic, and rolled out everywhere "
        "seven weeks later at just over ninety-five percent. She later asked other teams to "
        "present problems the same way. What I took from it is that bad news early with options "
        "beats good news late.",
        "A model wasn't going to hit its precision target before launch, so I told the VP early "
        "and we agreed to launch it in fewer categories first.",
        "We'd promised a colour filter from photos in six weeks. By week three precision was "
        "stuck around eighty-six percent, but I decided not to say anything until the launch "
        "review, because I wanted the complete picture and I was sure we could close the gap. At "
        "the review I explained that the problems were mainly the annotators' fault. The VP chose "
        "to delay the whole launch by two months, and when it finally shipped everywhere it was "
        "at about eighty-eight percent. In hindsight I think waiting was the right call, since "
        "raising it early would only have caused panic.",
        "Stakeholder management really comes down to setting expectations at the beginning. I "
        "always write a short project brief with the goal, the metric and the non-goals, get "
        "sign-off on it, and then run a fortnightly demo so stakeholders see progress with their "
        "own eyes instead of reading status reports.",
        "A time I had to give stakeholders bad news about a project. So there was a project, and "
        "there was bad news, and I had to give it to the stakeholders. That's the time I gave "
        "stakeholders the bad news about the project.",
    ),
]
