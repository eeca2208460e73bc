"""The English half of held-out set 34 (see judgement_holdout34.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h34-intro",
        "en",
        "self_intro",
        "Tell me a bit about yourself and the kind of NLP work you've done.",
        (
            "Intro (~90 s)\n"
            "- Daniel Okafor. BSc Linguistics & CS, Univ. of Edinburgh (2015); MSc Speech & "
            "Language Processing, Edinburgh (2016)\n"
            "- 2016-2019 Briefcase AI (legaltech): NER + clause classification on court judgments "
            "& contracts; spaCy -> BiLSTM-CRF -> Legal-BERT\n"
            "- 2019-now Shoply, **search relevance**\n"
            "  * query intent / product-type classifier, ~1.2k classes\n"
            "  * BM25-only -> bi-encoder retrieval + cross-encoder rerank => NDCG@10 +6.5%\n"
            "  * tech lead since 2022 (4 ppl)\n"
            "- why here: LLM-based retrieval + ranking, product at real scale"
        ),
        (
            "Sure. I'm Daniel Okafor. I did a joint degree in linguistics and computer science at "
            "Edinburgh, finishing in 2015, and stayed on for a one-year master's in speech and "
            "language processing. My first job was at Briefcase AI, a legal-tech startup, where "
            "for three years I built entity recognition and clause classification for court "
            "judgments and contracts; we went from spaCy models to a BiLSTM-CRF and eventually to "
            "a legal-domain BERT. In 2019 I joined Shoply's search relevance team. I built the "
            "query intent and product-type classifier, which covers around twelve hundred classes, "
            "and I led the move from plain keyword BM25 to a dense retriever followed by a "
            "cross-encoder reranker, which lifted NDCG at ten by about six and a half percent. "
            "I've been tech lead for a team of four since 2022. I'm here because I want to work on "
            "retrieval and ranking built around large language models, for a product used at real "
            "scale."
        ),
        (
            "I'm Daniel. I studied linguistics and computer science, worked on legal NLP for a few "
            "years, and now I work on search at an e-commerce company."
        ),
        (
            "I'm Daniel Okafor. I did my master's at Edinburgh first and then a bachelor's in "
            "mechanical engineering at Manchester, finishing in 2019. I started on Shoply's search "
            "team and only later moved to Briefcase AI, where I am now. At Shoply we tried "
            "replacing BM25 with a bi-encoder and a cross-encoder reranker, but NDCG at ten "
            "dropped by six and a half percent, so we went back to keyword search. I wasn't the "
            "lead there; I mostly did data labelling. I'm applying because I'd like to move into "
            "robotics."
        ),
        (
            "E-commerce search is its own world, honestly. Queries are really short, two or three "
            "words on average, and a lot of them are just brand names or model numbers. "
            "Seasonality matters a lot too: the same query for 'jacket' means something different "
            "in July and in December. And the business side always wants sponsored products mixed "
            "in, so you're constantly negotiating between what users want and what pays."
        ),
        (
            "Sure, a bit about myself. I'm someone who has done NLP work, and the kind of NLP work "
            "I've done is NLP work of various kinds. So that's a bit about me, and the kind of NLP "
            "work I've done, which is, as I said, NLP work. That's about it for me and my NLP work."
        ),
    ),
    Case(
        "en-h34-legal-ner",
        "en",
        "project",
        "Walk me through the named-entity recognition system you built for court judgments.",
        (
            "# NER for court judgments (Briefcase AI, 2018)\n"
            "Goal: tag PARTY, JUDGE, COURT, STATUTE, CASE_CITATION, DATE in ~200k UK judgments -> "
            "citation graph + search filters\n"
            "**Data**\n"
            "- gold: 600 judgments hand-labelled by 2 paralegals, IAA kappa 0.87\n"
            "- weak: regex for citations / statutes ('[2017] EWCA Civ 123', 's. 47 Companies Act "
            "2006') + judge-name lists -> silver labels on 20k docs\n"
            "**Model**\n"
            "1. baseline spaCy NER -> micro F1 0.74\n"
            "2. Legal-BERT, BIO tags; judgments 8-15k tokens -> sliding window 512 tok, stride "
            "128, keep each token's prediction from the window where it is most central\n"
            "3. train on silver first -> fine-tune on the 600 gold\n"
            "4. post-rules: CASE_CITATION must contain a bracketed year or a court abbrev, else "
            "dropped\n"
            "**Result**: micro F1 0.74 -> 0.91; CASE_CITATION 0.95; PARTY hardest (0.83) — 'the "
            "Appellant' / 'the Respondent' refer back to names"
        ),
        (
            "The goal was to tag six entity types in about two hundred thousand UK judgments, "
            "parties, judges, courts, statutes, case citations and dates, so we could build a "
            "citation graph and add filters to search. For gold data, two paralegals labelled six "
            "hundred judgments, with a kappa of around point eight seven between them. That's "
            "small, so we also wrote regular expressions for citation and statute formats, like a "
            "year in square brackets followed by a court code, plus lists of judges' names, and "
            "used them to make silver labels on twenty thousand documents. The spaCy baseline got "
            "a micro F1 of about point seven four. We moved to Legal-BERT with BIO tags; judgments "
            "run to eight to fifteen thousand tokens, so we used overlapping 512-token windows "
            "with a stride of 128 and took each token's label from the window where it sat nearest "
            "the middle. We trained on the silver labels first, fine-tuned on the gold set, and "
            "threw out any citation without a year or a court abbreviation. We ended at point nine "
            "one overall, citations at point nine five, and parties weakest at point eight three, "
            "because 'the Appellant' refers back to a name."
        ),
        (
            "We fine-tuned a BERT model on judgments that paralegals had labelled, and it did "
            "quite a bit better than the spaCy baseline we started with."
        ),
        (
            "We had the paralegals label twenty thousand judgments, and the regex only covered a "
            "sample of six hundred, so most of our data was gold. We used Legal-BERT with BIO "
            "tags, but we didn't bother with a sliding window; we just truncated every judgment to "
            "its first 512 tokens, since the parties, judges and citations all appear on the first "
            "page anyway. We fine-tuned on the gold set first and then finished training on the "
            "regex labels so the model would match the patterns exactly. There were no "
            "post-processing rules. Citations were actually the hardest type, around point eight "
            "three, and parties were the easiest at point nine five, because names are so "
            "distinctive."
        ),
        (
            "Legal search is interesting because lawyers don't search like normal users. They use "
            "Boolean operators and proximity searches like 'negligence within five words of duty', "
            "and they expect exhaustive recall, because missing a precedent can lose a case. They "
            "also care whether a case is still good law, so services flag judgments that were "
            "overturned on appeal. Summarising long judgments into headnotes is another big area."
        ),
        (
            "So the named-entity recognition system I built for court judgments is a system for "
            "recognising named entities in court judgments. Walking you through it, it takes court "
            "judgments and recognises the named entities in them, which is what an NER system for "
            "court judgments does. That's the system I built."
        ),
    ),
    Case(
        "en-h34-noisy-complaints",
        "en",
        "project",
        (
            "You mentioned a complaint classifier trained on noisy labels. Where did the noise "
            "come from, and what did you do about it?"
        ),
        (
            "Complaint routing classifier — retail bank, 38 categories\n"
            "- labels = category the call-centre agent picked from a dropdown when closing the "
            "call -> noisy\n"
            "- audit: 1,000 random tickets relabelled by 2 complaints experts -> **~22% of agent "
            "labels wrong**\n"
            "  - 'Other' used as a dumping ground; 'card fraud' vs 'disputed transaction' mixed up "
            "constantly\n"
            "- fixes\n"
            "  1. confident learning (cleanlab) on **out-of-fold** predicted probs (5-fold) -> "
            "flagged ~9% of 310k tickets as likely mislabelled -> dropped from training (not "
            "relabelled, too costly)\n"
            "  2. merged 4 pairs of categories agents couldn't tell apart: 38 -> 34\n"
            "  3. generalized cross-entropy (q = 0.7) instead of plain CE -> less pulled by "
            "leftover noise\n"
            "  4. test set = the expert-relabelled 1k only, never agent labels\n"
            "- result: macro-F1 (clean test) 0.71 -> 0.80; misrouted complaints -30%"
        ),
        (
            "The labels were whatever category the call-centre agent picked from a dropdown when "
            "they closed the call, and agents are in a hurry. We had two complaints specialists "
            "relabel a random thousand tickets and found that a bit over a fifth of the agent "
            "labels were wrong. 'Other' was a catch-all, and card fraud and disputed transactions "
            "were confused all the time. We did four things. First, confident learning with "
            "cleanlab, using five-fold out-of-fold probabilities so the model never scored its own "
            "training data; it flagged roughly nine percent of the three hundred and ten thousand "
            "tickets, and since relabelling was too expensive we just removed them from training. "
            "Second, we merged four pairs of categories even agents couldn't separate, so "
            "thirty-eight became thirty-four. Third, we swapped plain cross-entropy for "
            "generalized cross-entropy with q of point seven, which gets dragged around less by "
            "the noise that's left. Fourth, we only evaluated on the expert-labelled thousand. "
            "Macro-F1 on that clean set went from point seven one to point eight, and misrouted "
            "complaints fell by about thirty percent."
        ),
        (
            "The labels came from the agents, so a lot of them were wrong. We used cleanlab to "
            "find the bad ones and took them out, and the model got better."
        ),
        (
            "The noise mostly came from the two experts we brought in, who kept disagreeing with "
            "the agents, so we treated the agents' dropdown labels as the ground truth. Their "
            "audit said only about two percent of labels were wrong anyway. We still ran cleanlab, "
            "using the model's predictions on its own training data, which is the standard way, "
            "and instead of dropping the flagged nine percent we had agents relabel all of them. "
            "We split the confusing categories further, from thirty-four up to thirty-eight, to "
            "make them more specific, and we moved from generalized cross-entropy back to plain "
            "cross-entropy because it's more robust to noise. We tested on a held-out slice of "
            "agent labels, and macro-F1 went from point eight zero to point eight three."
        ),
        (
            "Complaint handling in banks is heavily regulated. In the UK, for example, a complaint "
            "has to be acknowledged quickly and resolved within eight weeks, or the customer can "
            "go to the ombudsman. So besides classification there's a lot of reporting: how many "
            "complaints per product, how long they stay open, what was paid in redress. Teams also "
            "track repeat complaints from the same customer, because those are a strong sign "
            "something is broken upstream."
        ),
        (
            "Yes, the complaint classifier was trained on noisy labels. The noise came from the "
            "labels being noisy, and what we did about it was deal with the noise in the labels. "
            "So, to answer where the noise came from and what we did, the labels were noisy and we "
            "handled the noisy labels."
        ),
    ),
    Case(
        "en-h34-bi-cross-encoder",
        "en",
        "fundamentals",
        (
            "What's the difference between a bi-encoder and a cross-encoder for semantic matching, "
            "and when would you use each?"
        ),
        (
            "Bi-encoder vs cross-encoder\n"
            "* **bi-encoder**: encode query and doc **separately** -> 2 vectors -> cosine / dot\n"
            "  - doc vectors precomputed offline -> ANN index (FAISS / HNSW) -> ms over millions\n"
            "  - weaker: no token-level interaction between q and d\n"
            "  - train: contrastive, in-batch negatives + hard negatives\n"
            "* **cross-encoder**: [CLS] q [SEP] d -> full self-attention across both -> relevance "
            "score\n"
            "  - clearly more accurate, but 1 forward pass per (q, d) pair, nothing to precompute "
            "-> only on top-k\n"
            "* in practice: retrieve -> rerank. bi-encoder top 100-200, cross-encoder reranks "
            "them\n"
            "* distil cross-encoder scores into the bi-encoder (margin-MSE) to close the gap\n"
            "* in between: ColBERT late interaction (per-token vectors, MaxSim)"
        ),
        (
            "A bi-encoder runs the query and the document through the encoder separately, so each "
            "becomes a single vector, and relevance is just a dot product or cosine between them. "
            "The big win is that document vectors can be computed ahead of time and put into an "
            "approximate nearest-neighbour index like FAISS or HNSW, so you can search millions of "
            "documents in milliseconds. The cost is that the query and document never see each "
            "other token by token, so fine-grained interactions get lost. You usually train it "
            "contrastively with in-batch negatives plus mined hard ones. A cross-encoder takes the "
            "query and document together as one sequence, so attention runs across both, and it "
            "outputs a score directly. It's noticeably more accurate, but you need a full forward "
            "pass for every pair and nothing can be cached, so you only run it on a short list. In "
            "practice you retrieve the top hundred or two with the bi-encoder and rerank them with "
            "the cross-encoder. You can also distil the cross-encoder's scores into the "
            "bi-encoder, say with a margin MSE loss, and ColBERT-style late interaction sits in "
            "between."
        ),
        (
            "A bi-encoder encodes the two texts separately and compares the vectors, so it's fast. "
            "A cross-encoder is more accurate but slower."
        ),
        (
            "A cross-encoder encodes the query and the document separately into two vectors and "
            "compares them with cosine, which is why you can precompute the document side and put "
            "it in a FAISS index. A bi-encoder concatenates the query and document into one input "
            "so attention can look across both, which makes it more accurate but slow. So in a "
            "pipeline you'd use the cross-encoder for first-stage retrieval over millions of "
            "documents and the bi-encoder to rerank the top hundred. To close the gap you distil "
            "the bi-encoder into the cross-encoder. ColBERT is basically a bi-encoder that "
            "squeezes each document into one vector."
        ),
        (
            "For semantic matching you also need good evaluation data. We usually collect "
            "query-document pairs from click logs, but clicks are biased toward whatever was shown "
            "high up, so we add human relevance judgments on a graded scale, often zero to three. "
            "Then you report metrics like recall for the candidate stage and NDCG for the final "
            "ranking. Multilingual queries add another layer, since you have to check each "
            "language separately."
        ),
        (
            "The difference between a bi-encoder and a cross-encoder for semantic matching is that "
            "one is a bi-encoder and the other is a cross-encoder. When would you use each? You'd "
            "use the bi-encoder when you need a bi-encoder and the cross-encoder when you need a "
            "cross-encoder. That's the difference, and that's when you'd use each."
        ),
    ),
    Case(
        "en-h34-tfidf",
        "en",
        "fundamentals",
        "How does TF-IDF work, and what are its main weaknesses?",
        (
            "TF-IDF\n"
            "w(t, d) = tf(t, d) × idf(t);  idf(t) = log(N / df(t))  (sklearn smooths: "
            "log((1+N)/(1+df)) + 1)\n"
            "-> high if the term is frequent in this doc but rare in the corpus; 'the' ~ 0\n"
            "weak: bag of words, no order, no synonyms ('car' vs 'automobile' = no match); raw tf "
            "grows linearly -> 1 + log(tf); long docs favoured -> L2-normalise, compare by cosine; "
            "BM25 = saturation + length norm"
        ),
        (
            "Each term in a document gets a weight that's the product of two parts. Term frequency "
            "is how often it shows up in that document. Inverse document frequency is the log of "
            "the total number of documents divided by how many documents contain the term, often "
            "smoothed by adding one on top and bottom. So a word scores high when it's common in "
            "this document but rare across the collection, and something like 'the', which is "
            "everywhere, ends up close to zero. The weaknesses: it's a bag of words, so it ignores "
            "word order and knows nothing about meaning; 'car' and 'automobile' simply don't "
            "match. Raw counts grow linearly, so people use one plus the log of the count instead. "
            "And longer documents pile up more counts, so you normalise the vectors and compare "
            "with cosine. BM25 is essentially the fix for those last two."
        ),
        (
            "It weights words by how often they appear in a document and down-weights words that "
            "are common everywhere. The main weakness is that it doesn't understand meaning."
        ),
        (
            "It multiplies term frequency by inverse document frequency, where IDF is the log of "
            "the number of documents containing the term divided by the total number of documents, "
            "so words that appear in many documents get the biggest boost; that's why common words "
            "like 'the' dominate unless you strip stop words. Because IDF is learned across the "
            "corpus, it does capture synonyms, so 'car' and 'automobile' end up with similar "
            "weights and match each other. Its real weakness is that it penalises long documents, "
            "so there's no need for any length normalisation, and raw term counts work better than "
            "log scaling."
        ),
        (
            "These days most teams use learned embeddings instead, something like a sentence "
            "transformer, and store them in a vector database. You pick a chunk size, maybe a few "
            "hundred tokens, embed each chunk, and at query time you embed the question and fetch "
            "the nearest chunks. The hard parts are usually chunking documents sensibly, keeping "
            "the index in sync when documents change, and deciding how many chunks to pass on."
        ),
        (
            "TF-IDF works by being TF-IDF, which is term frequency and inverse document frequency "
            "together. Its main weaknesses are the weaknesses that TF-IDF has. So how it works is "
            "the TF-IDF way, and its weaknesses are its weaknesses, and that's my answer on TF-IDF."
        ),
    ),
    Case(
        "en-h34-preprocessing-mistake",
        "en",
        "behavioral",
        "Tell me about a mistake of yours that reached production. How did you handle it?",
        (
            "S: 2021, Shoply — new query-intent model (DistilBERT) replacing the old fastText one\n"
            "T: I owned training AND the handoff to the serving team\n"
            "A:\n"
            "- offline accuracy 91% (fastText 84%) -> launched to 100%\n"
            "- day 3: 'no results' rate on mobile +4 pt; desktop fine\n"
            "- root cause = mine: notebook did lower-case + NFKC (full-width -> half-width, "
            "accents) before tokenising; serving skipped it -> iOS keyboards' full-width chars / "
            "accents -> [UNK]-heavy inputs -> wrong intents -> intent filters removed everything\n"
            "- same day: rolled back to fastText; told manager + PM directly it was my "
            "preprocessing bug; blameless postmortem\n"
            "- fix: preprocessing + tokenizer in ONE shared package used by training and serving; "
            "golden test: 1k logged raw queries must give identical token ids on both paths, runs "
            "in CI\n"
            "R: relaunched 1 week later, no-results back to baseline, online intent acc 90%; "
            "golden test has caught 2 more mismatches since\n"
            "lesson: the model = preprocessing + weights -> ship them together"
        ),
        (
            "In 2021 at Shoply I trained a DistilBERT query-intent model to replace our old "
            "fastText one, and I owned both the training and the handover to the serving team. "
            "Offline it was clearly better, ninety-one percent against eighty-four, so we rolled "
            "it out to everyone. Three days later the no-results rate on mobile was up by four "
            "points, while desktop looked normal. When I dug in, it was my fault: my training "
            "notebook lower-cased and NFKC-normalised the text before tokenising, and the serving "
            "code didn't. iPhone keyboards send full-width characters and accented letters, so the "
            "model saw lots of unknown tokens, predicted odd intents, and the intent filters then "
            "wiped out the results. I rolled back to fastText that afternoon, told my manager and "
            "the PM straight away that it was my preprocessing bug, and wrote a blameless "
            "postmortem. The fix was one shared package for preprocessing and tokenization that "
            "both training and serving import, plus a CI check that a thousand real logged queries "
            "give exactly the same token IDs on both paths. We relaunched a week later, no-results "
            "went back to normal, online accuracy was about ninety percent, and that check has "
            "caught two more mismatches since."
        ),
        (
            "I once shipped a model where the preprocessing at serving time didn't match what I "
            "did in training. We rolled it back, fixed it and relaunched."
        ),
        (
            "At Shoply we launched a DistilBERT intent model to replace fastText, and a few days "
            "later the no-results rate on mobile went up by about four points. Honestly it wasn't "
            "my mistake; the serving team had changed the tokenizer without telling me, and I "
            "flagged that to their manager. We didn't roll back, because the offline accuracy was "
            "so much higher, ninety-one against eighty-four, so we kept it live and patched things "
            "over the next month. The real cause turned out to be the model overfitting to desktop "
            "queries, so we retrained with more mobile data. Preprocessing was fine and stayed "
            "separate in each codebase; we didn't add any tests for it."
        ),
        (
            "I think the most important thing with production incidents is having good monitoring "
            "before anything goes wrong. On our team every model has dashboards for latency, error "
            "rates and input distributions, and alerts go to an on-call rotation. We also do "
            "staged rollouts, starting at one percent of traffic, then ten, then fifty, and each "
            "stage has to hold for a day before we move on."
        ),
        (
            "A mistake of mine that reached production, yes. I made a mistake, and it reached "
            "production, and then I handled it, which is how I handled the mistake. So that's the "
            "mistake that reached production and how I handled it, by handling it."
        ),
    ),
]
