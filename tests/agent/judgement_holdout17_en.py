"""The English half of held-out set 17 (see judgement_holdout17.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h17-intro",
        "en",
        "self_intro",
        "Why don't you start by walking me through your background?",
        "Intro (~90 s, thread = data quality)\n"
        "- Hannah Brooks; BSc Statistics, U of Toronto 2015 -> MSc Data Science, NYU 2017\n"
        "- 2017-2020 Intuit: data scientist, small-business lending risk (credit scorecards, "
        "GBMs)\n"
        "- 2020-now Ledgerline (B2B company data, ~60M records from 40+ sources): **senior MLE, "
        "data quality**\n"
        "  - built entity resolution: blocking + LightGBM matcher + clustering\n"
        "  - dup rate 11% -> 2.5%; manual merge queue -70%\n"
        "  - since 2024: LLM-as-judge eval for our support bot (judge vs human kappa 0.66)\n"
        "- next: applied LLM evaluation / data-centric ML, bigger eval team",
        "Sure. I'm Hannah Brooks. I studied statistics at the University of Toronto, finished in "
        "2015, and then did a master's in data science at NYU, graduating two years later. My "
        "first job was at Intuit as a data scientist on small-business lending, so mostly credit "
        "risk: scorecards and gradient boosted trees. In 2020 I joined Ledgerline, which sells "
        "company data to other businesses; we pull in about sixty million company records from "
        "more than forty sources, and I'm a senior ML engineer there on data quality. The main "
        "thing I built is our entity resolution system, which works out which records are really "
        "the same company. It's a blocking step, then a LightGBM model that scores pairs, then "
        "clustering. It took our duplicate rate from about eleven percent down to two and a half, "
        "and the queue of merges people had to do by hand shrank by roughly seventy percent. "
        "Since 2024 I've also been running evaluation for our support chatbot with an LLM as the "
        "judge, and we got its agreement with human reviewers up to a kappa of about two thirds. "
        "Next I'd like to do applied LLM evaluation full time, ideally on a bigger team that "
        "cares about data as much as models.",
        "I'm Hannah. I have a stats background, did some credit risk work early on, and these "
        "days I work on data quality and evaluation at a data company.",
        "I'm Hannah Brooks. I did computer science at Waterloo and then a PhD in computer vision "
        "at Stanford, so I'm really a vision person. After that I was at Intuit building their "
        "OCR models for tax forms. At Ledgerline I'm the product manager for the API; the entity "
        "resolution was built by a vendor we bought it from, I just wrote the spec, and the "
        "duplicate rate actually went up a little after launch. I don't work on the chatbot "
        "evaluation at all. Next I'd like to move into management.",
        "Data quality is underrated in ML. Most of the gains I've seen in production came from "
        "fixing labels and joins, not from new architectures. A lot of teams train on whatever "
        "the warehouse gives them without checking how fresh each source is, and then wonder why "
        "the model drifts. I think every ML team should have someone who owns the data contracts "
        "between upstream systems and the models.",
        "Sure, so my background, walking you through my background. Basically my background is "
        "what I've done in the past, and what I'm doing now is my current work. So that's my "
        "background, and I've walked through it, that's basically who I am and what my background "
        "is.",
    ),
    Case(
        "en-h17-project-er",
        "en",
        "project",
        "Walk me through the entity resolution system you built. How does it work end to end?",
        "Entity resolution @ Ledgerline\n"
        "problem: ~60M company records, 40+ sources; same company many times ('Acme Ltd' / 'ACME "
        "Limited' / 'Acme UK') -> dup rate ~11%\n"
        "1. normalise: lowercase, strip legal suffixes (Ltd, GmbH, Inc), parse addresses "
        "(libpostal), phones -> E.164\n"
        "2. **blocking** (all pairs ~1.8e15 = impossible): candidates must share a key -> "
        "postcode + first 3 chars of name, OR MinHash LSH on name trigrams => ~40M candidate "
        "pairs\n"
        "3. pairwise matcher: LightGBM, ~45 features (Jaro-Winkler on names, TF-IDF cosine, "
        "address distance in m, same web domain, same phone); 80k hand-labelled pairs + active "
        "learning for the borderline ones\n"
        "4. clustering: connected components on edges p > 0.9 -> chains make giant clusters (A~B, "
        "B~C, A!=C) -> cut weak edges / correlation clustering\n"
        "5. golden record: field-level survivorship (most trusted source, then most recent)\n"
        "results: pairwise P 98.6% / R 94%; dup rate 11% -> 2.5%; manual merge queue -70%",
        "The problem was that the same company shows up many times across our forty-odd sources, "
        "as Acme Ltd, ACME Limited, Acme UK and so on, and about eleven percent of our sixty "
        "million records were duplicates. The pipeline has five stages. First we normalise "
        "everything: lowercase the names, strip legal suffixes like Ltd or GmbH, parse addresses "
        "with libpostal and put phone numbers into one international format. Then blocking, "
        "because comparing every pair among sixty million records is on the order of ten to the "
        "fifteen comparisons, which you simply can't do. A pair only becomes a candidate if it "
        "shares a key, say the same postcode and the same first three letters of the name, or if "
        "MinHash LSH on name trigrams drops them in the same bucket; that leaves about forty "
        "million pairs. Each candidate pair goes to a LightGBM classifier with around forty-five "
        "features, things like Jaro-Winkler similarity on the names, TF-IDF cosine, how many "
        "metres apart the addresses are, whether the web domain or the phone matches. We trained "
        "it on eighty thousand labelled pairs and used active learning to get labels on the "
        "borderline ones. Then we cluster: connected components over pairs scored above point "
        "nine, but chains create giant clusters where A matches B and B matches C but A clearly "
        "isn't C, so inside those we cut the weak edges. Last, for each cluster we build a golden "
        "record field by field, preferring the most trusted source and then the newest value. "
        "Pairwise precision is about ninety-eight and a half percent at ninety-four percent "
        "recall, and the duplicate rate went from eleven to two and a half percent.",
        "We had lots of duplicate company records, so we built a model that compares pairs of "
        "records and decides if they're the same company, and then we merged the matches. It cut "
        "duplicates quite a lot.",
        "We start by clustering: we embed every company name with a sentence transformer and run "
        "k-means over all sixty million records, and each cluster is one company. After "
        "clustering we normalise the fields, and only then do we run the pairwise matcher inside "
        "each cluster, which is a fine-tuned BERT cross-encoder. We never needed blocking, "
        "because k-means already does that job, and the golden record just takes whichever source "
        "came in last. Precision was around eighty percent, and the duplicate rate went from "
        "eleven down to about seven.",
        "One thing I learned is that company data goes stale very fast. Something like a fifth of "
        "small businesses change address, phone or status every year, so we put a lot of effort "
        "into freshness: re-crawling sources on a schedule weighted by how often each field "
        "changes, and showing customers a last-verified date on every field. That did more for "
        "customer trust than anything else we shipped.",
        "So the entity resolution system, end to end. It resolves entities, end to end, from the "
        "start to the end. How does it work? It works by resolving the entities, so the entities "
        "get resolved, and that's how it works end to end. That's the system I built.",
    ),
    Case(
        "en-h17-project-judge",
        "en",
        "project",
        "You used an LLM as a judge for your support bot. How did you make sure you could trust "
        "its scores?",
        "LLM-as-judge (support bot eval)\n"
        "why: humans review ~400 convos/week, 5-day turnaround -> too slow for daily prompt / "
        "model changes\n"
        "- rubric, 4 criteria scored separately 1-5: resolved? / grounded in help-centre docs / "
        "policy compliant / tone; judge must **quote evidence before scoring**\n"
        "- calibration set: 1,200 convos double-labelled by support leads; human-human kappa "
        "~0.71 = ceiling\n"
        "- judge (GPT-4o) vs humans: kappa 0.48 -> 0.66 after anchored examples per score level + "
        "one criterion per call + reason-then-score\n"
        "- pairwise A/B: run both orders, count only if verdict consistent (~88% were) -> kills "
        "position bias\n"
        "- length bias: corr(score, length) 0.41 -> 0.12 after adding 'concise' to rubric + "
        "penalising padding\n"
        "- guard: weekly human audit of 100 convos; alert if kappa < 0.6\n"
        "results: eval turnaround 5 days -> 2 h; caught 2 regressions before release",
        "The reason we wanted a judge at all was speed: our human reviewers could get through "
        "about four hundred conversations a week with a five-day turnaround, and we were changing "
        "prompts and models every day. I didn't want to trust it by default, so we built a "
        "calibration set first, twelve hundred conversations each labelled by two support leads. "
        "The leads only agreed with each other at a kappa of about point seven, so that's the "
        "ceiling we could hope for. Out of the box, GPT-4o as the judge agreed with them at about "
        "point five, which wasn't good enough. Three things got it to around two thirds: anchored "
        "examples for every score level, asking about one criterion per call instead of all four "
        "at once, and making it reason and quote the evidence from the conversation before it "
        "gives a score. The four criteria were whether the issue got resolved, whether the answer "
        "was grounded in our help-centre docs, whether it followed policy, and tone. For "
        "side-by-side comparisons we always ran both orders and only counted a verdict when it "
        "came out the same both ways, which was true for roughly eighty-eight percent, so "
        "position bias couldn't decide anything. We also saw it liked long answers, score and "
        "length were correlated at about point four, so we put conciseness into the rubric and "
        "penalised padding, and that dropped to about point one. And humans stay in the loop: "
        "every week the leads audit a hundred conversations, and we get an alert if agreement "
        "falls under point six. Turnaround went from five days to two hours, and it caught two "
        "regressions before they shipped.",
        "We compared the judge's scores with human labels on a sample and tweaked the prompt "
        "until they agreed reasonably well, and we keep checking it every so often.",
        "Honestly we didn't need much calibration. GPT-4o agreed with our support leads better "
        "than the leads agreed with each other, a kappa of about point nine, so we treated it as "
        "ground truth from day one and stopped the weekly human reviews. We scored all four "
        "criteria in a single call to keep it cheap, and for pairwise comparisons we only ran one "
        "order, because position bias is a problem of small models, not GPT-4o. The bias we did "
        "see was toward short answers, so we told it to reward longer, more detailed replies. "
        "Turnaround went from two hours to about a day, which was fine for us.",
        "The bigger lesson for me was about the bot itself. Most bad conversations weren't the "
        "model's fault; they came from help-centre articles that were out of date or contradicted "
        "each other. Once every article had an owner and a review date, the bot's resolution rate "
        "went up more than it did from any prompt change. We also added a handoff to a human "
        "agent whenever a user asked for the same thing twice.",
        "So how did we make sure we could trust the judge's scores? Trust is really important "
        "with an LLM judge. We wanted to trust the scores, so we made sure they were trustworthy, "
        "and because we made sure, we could trust them. That's how we made sure we could trust "
        "the scores from the judge.",
    ),
    Case(
        "en-h17-leakage",
        "en",
        "fundamentals",
        "What is target leakage, and how would you catch it before a model ships?",
        "Target leakage\n"
        "def: a feature carries info about the label that **won't exist at prediction time** -> "
        "great offline, collapses in prod\n"
        "examples: account_closed_date in a churn model; 'antibiotics prescribed' when predicting "
        "infection; aggregates over a window that includes the future\n"
        "via preprocessing: fit scaler / target encoding / feature selection on ALL data before "
        "the split -> fit inside each CV fold (sklearn Pipeline)\n"
        "time: random split on time-ordered data -> time-based split + point-in-time (as-of) "
        "joins\n"
        "groups: same user / patient in train & test -> GroupKFold\n"
        "smells: AUC suspiciously high (0.99), one feature dominates importance, big offline vs "
        "online gap\n"
        "check: per feature, 'would I know this at the moment I predict?' + drop top features one "
        "at a time",
        "Target leakage is when a feature quietly contains information about the label that you "
        "wouldn't actually have at the moment you make the prediction. The model looks brilliant "
        "offline and then falls apart in production. Classic cases are a churn model that has the "
        "account-closed date as a feature, predicting an infection from the fact that antibiotics "
        "were prescribed, or rolling aggregates whose window reaches into the future. It also "
        "sneaks in through preprocessing: if you fit the scaler, the target encoder or your "
        "feature selection on the whole dataset before splitting, the test rows have already "
        "shaped training, so all of that has to be fitted inside each fold, in a pipeline for "
        "example. With time-ordered data a random split leaks the future, so you split by time "
        "and build features with as-of joins, using only what was known at that timestamp. And if "
        "the same user or patient lands in both train and test you need a group split. To catch "
        "it I look for the smells first: an AUC that's too good, like point nine nine, one "
        "feature that dominates the importances, a big gap between offline and online numbers. "
        "Then I go through the features and ask for each one whether I'd really know it at "
        "prediction time, and I drop the top features one at a time to see whether performance "
        "collapses.",
        "It's when information from the label leaks into your features, so the model looks really "
        "good in testing but not in production. If results look too good to be true, that's "
        "usually the sign.",
        "Target leakage is when the distribution of your training data is different from "
        "production, basically covariate shift, for example when your users change over time. The "
        "way to avoid it is to shuffle the data randomly before splitting so train and test look "
        "the same; a time-based split actually causes leakage, because the test period is "
        "different. Fitting the scaler or the target encoding on the full dataset before the "
        "split is fine and actually recommended, since it gives more stable statistics. A very "
        "high AUC like point nine nine just means the features are good. To catch leakage you "
        "compare the mean of each feature between train and test.",
        "Related to this is how you set up offline evaluation in general. I like to keep three "
        "sets: train, a validation set for tuning, and a locked test set nobody looks at until "
        "the end. For imbalanced problems I report precision-recall AUC rather than ROC AUC, "
        "because ROC can look great when positives are rare. And I always compare against a "
        "simple baseline like logistic regression before I trust a complex model.",
        "Target leakage is leakage of the target. It's when the target leaks, and you want to "
        "catch it before the model ships, so you catch the leakage before shipping. Catching it "
        "is important because leakage is bad, so you want to catch target leakage before the "
        "model ships.",
    ),
    Case(
        "en-h17-swa",
        "en",
        "fundamentals",
        "How does sliding-window attention work, and what does it buy you?",
        "Sliding-window attention (SWA)\n"
        "- each token attends only to the previous W tokens, not the whole prefix (Mistral 7B: W "
        "= 4096)\n"
        "- cost per layer O(n·W) instead of O(n^2)\n"
        "- receptive field grows with depth: after k layers info can come from ~k·W tokens back "
        "(32 layers x 4k ≈ 131k, in theory)\n"
        "- **rolling buffer KV cache**: fixed size W, token i goes to slot i mod W -> memory flat "
        "for long sequences (~8x smaller cache at 32k)\n"
        "- cost: beyond W, info only arrives indirectly -> weaker exact long-range recall (needle "
        "retrieval)\n"
        "- fixes: interleave local + global layers (Gemma 2 alternates 1:1; Gemma 3 5 local : 1 "
        "global, W = 1024); attention sinks = keep the first tokens (StreamingLLM)",
        "In normal causal attention every token looks at the whole prefix. With sliding-window "
        "attention each token only looks back over the last W tokens; Mistral 7B used a window of "
        "about four thousand. So per layer the cost grows like sequence length times W instead of "
        "length squared. You don't completely lose what's outside the window, because layers "
        "stack: in the next layer a token attends to positions that have already mixed in the W "
        "tokens before them, so after k layers information can travel roughly k times W back. For "
        "Mistral that's thirty-two layers times four k, over a hundred thousand tokens in theory. "
        "The practical win is the KV cache: you never need more than W entries per layer, so you "
        "use it as a ring buffer where token i overwrites slot i mod W, and memory stays flat "
        "however long the sequence gets, about eight times smaller at a thirty-two k context. The "
        "price is that anything further back than the window only reaches you indirectly, so "
        "exact long-range lookups, like finding a needle, get worse. That's why newer models mix "
        "local and global layers, Gemma 2 alternates them and Gemma 3 uses five local layers per "
        "global one with a smaller window, and why people keep a few attention-sink tokens from "
        "the start, the way StreamingLLM does.",
        "Each token only attends to a fixed window of nearby tokens instead of the whole "
        "sequence, so it's cheaper for long inputs.",
        "Each token attends to a window of W tokens on both sides, W before and W after it, which "
        "is why it's used in models like Mistral. The receptive field doesn't grow with depth: "
        "anything outside the window is simply invisible to the model, however many layers you "
        "stack. The compute is still quadratic, because the window is applied as a mask after the "
        "full attention matrix is computed. The KV cache also keeps growing with the sequence as "
        "usual, so it doesn't save memory; the benefit is only better quality on short texts.",
        "Another way to handle long context is to change the position encoding rather than the "
        "attention pattern. With RoPE you can rescale the rotation frequencies, position "
        "interpolation or YaRN, and then fine-tune briefly on longer sequences, which lets a "
        "model trained at four k work at thirty-two k. That keeps full attention, so long-range "
        "retrieval holds up better, but the KV cache still grows linearly with length.",
        "Sliding-window attention works by sliding a window over the attention. The window "
        "slides, and the attention happens inside the window, so that's how it works. What it "
        "buys you is the benefits of sliding-window attention, which are the things it gives you. "
        "So it's sliding, it's a window, and it's attention.",
    ),
    Case(
        "en-h17-beh-timezones",
        "en",
        "behavioral",
        "Tell me about a time you had to make collaboration work with a team in a very different "
        "time zone.",
        "STAR — London <-> Bangalore handoffs\n"
        "S: 2022 pricing-model refresh; my team London, data-eng team Bangalore (+4.5 h); "
        "pipeline broke ~2x/week, each question waited overnight -> ~1 day lost per issue\n"
        "T: tech lead; ship the refresh by end of Q3 (10 weeks)\n"
        "A:\n"
        "1. only ~2 h overlap (9-11 London) -> protected it: no other meetings, blockers first\n"
        "2. async handoff note at each side's end of day: state / blockers / what I need from you "
        "-> template in the repo\n"
        "3. moved data-contract checks to run before Bangalore EOD -> failures land while both "
        "teams awake\n"
        "4. weekly sync at 8:00 London / 12:30 IST -> not always their late evening\n"
        "5. one owner from each side per pipeline stage (pairs)\n"
        "R: breakages 2/wk -> ~0.3/wk; avg blocker wait 19 h -> 5 h; shipped 1 week early; "
        "template used by 3 other teams",
        "In 2022 I was tech lead on a refresh of our pricing model. My team was in London and the "
        "data engineering team we depended on was in Bangalore, four and a half hours ahead of "
        "us. The pipeline was breaking about twice a week, and every time someone had a question "
        "it sat there overnight, so we were losing roughly a day per issue, with ten weeks left "
        "to ship by the end of Q3. First I looked at when we actually overlapped, which was only "
        "about two hours, nine to eleven our time, and I made that window sacred: no other "
        "meetings in it, and blockers get discussed first. Then we introduced an end-of-day "
        "handoff note on both sides, where things stand, what's blocked, and what I need from "
        "you, and put a template for it in the repo. We also moved the data-contract checks "
        "earlier so they ran before Bangalore's end of day, which meant failures showed up while "
        "both teams were still online. For the weekly sync I picked eight in the morning London "
        "time, half past twelve for them, so they weren't always the ones staying late. And for "
        "each stage of the pipeline we named one owner on each side. Breakages fell from two a "
        "week to about one every three weeks, the average wait on a blocker went from nineteen "
        "hours to five, and we shipped a week early. Three other teams have since picked up the "
        "handoff template.",
        "I worked with a team in India on a data pipeline, and the time difference slowed things "
        "down. We started writing handoff notes at the end of each day and that helped a lot.",
        "That was the pricing refresh. The Bangalore team was four and a half hours behind us, so "
        "they were always waiting on London. As their manager I asked them to shift to London "
        "hours so we'd have full overlap, and I added a daily one-hour call at six in the evening "
        "London time so everyone could sync live. We dropped the written handoff notes because "
        "nobody read them, and we ran the data-contract checks after London's end of day. We "
        "missed the Q3 deadline by about three weeks, and breakages stayed around two a week, "
        "which was acceptable.",
        "I think the biggest factor in remote collaboration is writing culture. At my current "
        "company we write design docs for anything that takes more than a week, and reviews "
        "happen in comments rather than meetings. Decisions are searchable later, and people who "
        "join mid-project can catch up without a dozen calls. I'd love to work somewhere that "
        "takes written communication that seriously.",
        "Collaboration across time zones, yes. When a team is in a very different time zone, you "
        "have to make collaboration work, and I had to make it work. So I made the collaboration "
        "work with the team in the other time zone, and it worked. That's a time when I made "
        "collaboration work across time zones.",
    ),
]
