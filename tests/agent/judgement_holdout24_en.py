"""The English half of held-out set 24 (see judgement_holdout24.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h24-intro",
        "en",
        "self_intro",
        "Tell me a bit about yourself and what you've been working on recently.",
        "Intro (~2 min; thread = perception -> ML infra on the edge)\n"
        "- Tomás Herrera; BSc Electrical Eng., Universidad de Chile 2011; MSc Robotics, TU "
        "Munich 2014\n"
        "- 2014-2018 Bosch (Stuttgart): camera perception for parking assist, lane/obstacle "
        "segmentation on embedded HW\n"
        "- 2018-2021 Fitloop (fashion e-com): visual search / 'shop the look'; CNN embeddings "
        "+ ANN -> ~30% of in-app searches\n"
        "- 2021-now Parcelo (warehouse robotics): **lead, ML infra for vision on edge**\n"
        "  - model registry + OTA rollout to ~1,200 robots (Jetson Orin), staged 1% -> 10% -> "
        "100%\n"
        "  - rollout 2 weeks -> 2 days; rollback < 10 min\n"
        "  - team of 4\n"
        "- next: serving at larger scale / cloud inference platform",
        "Sure. I'm Tomás Herrera. I studied electrical engineering at the Universidad de "
        "Chile, finishing in 2011, and then did a master's in robotics at TU Munich. My first "
        "job was at Bosch in Stuttgart, about four years on camera perception for parking "
        "assist, so segmenting lanes and obstacles on embedded hardware. Then I moved into "
        "e-commerce at Fitloop, a fashion company, where I built visual search, the 'shop the "
        "look' feature, using CNN embeddings and approximate nearest-neighbour lookup; by the "
        "end it handled roughly a third of the searches in the app. Since 2021 I've been at "
        "Parcelo, which makes warehouse robots, leading the ML infrastructure for the vision "
        "models that run on the robots themselves. We built a model registry and over-the-air "
        "rollouts to around twelve hundred Jetson Orin devices, going to one percent, then "
        "ten, then everyone. That took a rollout from two weeks down to two days, and we can "
        "roll back in under ten minutes. I lead a team of four. Next I'd like to work on "
        "serving at a much bigger scale, something like a cloud inference platform.",
        "I'm Tomás. I've worked on computer vision for most of my career, first in cars, then "
        "e-commerce, and now I do ML infrastructure for robots.",
        "I'm Tomás Herrera. I did my bachelor's in robotics at TU Munich and then a master's "
        "in electrical engineering back in Chile, in 2016. I started at Fitloop on the "
        "recommendation team, and after that went to Bosch to work on radar signal processing, "
        "not cameras. At Parcelo I'm an individual contributor on the perception model itself; "
        "the rollout tooling belongs to the platform team, and we still update the robots by "
        "hand, site by site, which takes about a month. What I'd like next is to move into "
        "hardware design.",
        "Edge deployment is interesting because the constraints are so different from the "
        "cloud. On a Jetson you care about power draw and thermal throttling as much as "
        "latency, so you end up choosing architectures by how well they map to the "
        "accelerator, and things like depthwise convolutions that look cheap on paper can "
        "actually run slower than plain convolutions because they're bound by memory bandwidth.",
        "Sure, a bit about myself and what I've been working on recently. Recently I've been "
        "working on my work, and about myself, I'm the person who has been doing that work. So "
        "that's a bit about me, and what I've been working on recently is what I've been "
        "working on.",
    ),
    Case(
        "en-h24-search-ltr",
        "en",
        "project",
        "Walk me through the search ranking project where you moved from hand-tuned boosts to "
        "learning-to-rank.",
        "# Marketplace search: hand-tuned -> LambdaMART (2022)\n"
        "Context: second-hand furniture marketplace, ~1.5M listings; ranking = BM25 + ~15 "
        "hand-tuned boosts (recency, seller rating, photo count); every tweak broke something "
        "else\n"
        "**Labels**\n"
        "- human judgments: 6k queries x top-20, 4-pt scale (0 irrelevant .. 3 perfect), 3 "
        "raters each, Krippendorff alpha 0.71\n"
        "- clicks NOT labels in v1 (position bias + bots) -> features only\n"
        "**Model**\n"
        "- LightGBM lambdarank, objective NDCG@10; ~70 features (BM25 per field, category "
        "match, price vs query-category median, distance, freshness, seller stats)\n"
        "- reranks top-200 from BM25 (ES rescore plugin); +9 ms p95\n"
        "**Eval**\n"
        "1. offline NDCG@10 0.61 -> 0.68\n"
        "2. team-draft **interleaving** first (~10x less traffic than A/B to detect a "
        "preference): new ranker wins 63% of sessions w/ a preference\n"
        "3. then 2-wk A/B for business metrics\n"
        "Result: contact-seller rate +5.4%, zero-result rate unchanged; all boosts deleted "
        "except 'hide sold'\n"
        "Lesson: distance feature only worked once bucketed by city density",
        "This was on a second-hand furniture marketplace with about one and a half million "
        "listings. Ranking was BM25 plus around fifteen hand-tuned boosts, things like "
        "recency, seller rating and how many photos a listing had, and every time someone "
        "adjusted one boost something else broke. For labels we paid for human judgments "
        "rather than using clicks: about six thousand queries, the top twenty results for "
        "each, graded on a four-level scale by three raters, and agreement was decent, an "
        "alpha of about point seven. Clicks are skewed by position and polluted by bots, so in "
        "the first version they were only features, never labels. The model was LightGBM with "
        "the lambdarank objective, optimising NDCG at ten, with roughly seventy features: BM25 "
        "on each field, whether the category matched, the price compared with the usual price "
        "for that query's category, distance, freshness, seller stats. It only reranks the top "
        "two hundred that BM25 returns, through an Elasticsearch rescore plugin, which cost us "
        "about nine milliseconds at p95. Offline, NDCG at ten went from point six one to point "
        "six eight. Online we ran team-draft interleaving first, because it picks up a "
        "preference with something like a tenth of the traffic an A/B test needs, and the new "
        "ranker won about sixty-three percent of the sessions that showed a preference; only "
        "then a two-week A/B for the business numbers. Contact-the-seller went up five point "
        "four percent, the zero-result rate didn't move, and we deleted every boost except "
        "hiding sold items. One lesson: distance only helped once we bucketed it by how dense "
        "the city is.",
        "We replaced the manual boosts with a LambdaMART model trained on human-rated results, "
        "and it beat the old ranking both offline and in the online test.",
        "On that marketplace we had BM25 with hand-tuned boosts and moved to learning-to-rank. "
        "Human judgments were too expensive, so we used clicks as the labels directly and "
        "didn't correct for position, since the volume made up for it. The model was XGBoost "
        "with a pointwise regression objective predicting click-through, and we ran it over "
        "the whole index rather than just the top results, which added about ninety "
        "milliseconds. We did the A/B test first and ran interleaving at the end to confirm, "
        "because interleaving needs a lot more traffic than an A/B test to reach significance. "
        "We kept all the old boosts on top of the model as a safety net.",
        "A big part of search quality there was actually query understanding. People type "
        "things like 'mid century teak sideboard' or misspell brand names, so we built a "
        "synonym dictionary and a category classifier on the query, and expanded queries "
        "before they hit Elasticsearch. Getting 'couch' and 'sofa' to match each other did "
        "more for zero-result queries than anything else that quarter.",
        "The search ranking project where we moved from hand-tuned boosts to learning-to-rank "
        "was a project about search ranking. We had hand-tuned boosts, and we moved to "
        "learning-to-rank, so the ranking went from hand-tuned to learned. That's the move "
        "from boosts to learning-to-rank in search ranking.",
    ),
    Case(
        "en-h24-embed-serving",
        "en",
        "project",
        "Tell me about how you cut the serving cost of your image-embedding service.",
        "Image-embedding service cost cut (Q3 2023)\n"
        "Before: PyTorch eager, ViT-B/16, 1 req = 1 image, batch=1; 14x T4; GPU util ~18%; p99 "
        "95 ms\n"
        "Steps\n"
        "1) profile -> GPU idle most of the time; CPU-side Python preprocessing = bottleneck\n"
        "2) resize/normalize moved to GPU (DALI)\n"
        "3) ONNX -> TensorRT FP16 (cos sim vs FP32 emb > 0.999 on 50k imgs); INT8 rejected: "
        "0.97, recall@10 -1.8 pt\n"
        "4) Triton dynamic batching: preferred 8/16/32, max_queue_delay 4 ms (2 ms -> batches "
        "too small; 10 ms -> p99 breaks SLO)\n"
        "5) 2 model instances / GPU -> overlap H2D copy + compute\n"
        "After: 4x T4, util ~70%, p99 62 ms at same peak (~1,800 img/s) => cost -71%",
        "The service ran a ViT-B/16 in plain PyTorch eager mode, one image per request and "
        "batch size one, on fourteen T4s, and the GPUs were only about eighteen percent busy, "
        "with p99 around ninety-five milliseconds. Profiling showed the GPU sat idle most of "
        "the time; what was actually slow was the Python preprocessing on the CPU. So first we "
        "moved resizing and normalisation onto the GPU with DALI. Then we exported to ONNX and "
        "built a TensorRT engine in half precision; the embeddings matched full precision with "
        "a cosine similarity above 0.999 over fifty thousand images. We tried INT8 as well and "
        "dropped it, because similarity fell to about 0.97 and recall at ten lost almost two "
        "points. Then Triton's dynamic batching, with preferred batch sizes of eight, sixteen "
        "and thirty-two and a maximum queue delay of four milliseconds; at two milliseconds "
        "the batches were too small and at ten we broke the latency SLO. We also ran two "
        "copies of the model on each GPU so data transfer and compute overlap. In the end we "
        "served the same peak, about eighteen hundred images a second, on four T4s at around "
        "seventy percent utilisation, with p99 down to sixty-two milliseconds and the bill "
        "down by roughly seventy percent.",
        "We moved the model onto Triton with dynamic batching and a TensorRT engine, so we "
        "needed far fewer GPUs for the same traffic.",
        "The service was compute-bound: the T4s were pegged near a hundred percent, so the "
        "first thing we did was move to A100s. Preprocessing was never the problem. We went "
        "straight to INT8 with TensorRT, because FP16 lost too much accuracy on the "
        "embeddings. For Triton's dynamic batching we set the max queue delay to fifty "
        "milliseconds to get big batches of sixty-four; p99 went up to about a hundred and "
        "forty milliseconds, which nobody minded. We kept one model instance per GPU, since "
        "running two just made them fight. Cost ended up about the same, but throughput "
        "doubled.",
        "The other half of that system was the vector index. We stored about two hundred "
        "million embeddings, so we sharded them by product category and used IVF-PQ in FAISS, "
        "with around sixteen thousand lists and sixty-four probes at query time. The trick was "
        "retraining the coarse quantiser every quarter, because the catalogue drifted and the "
        "lists got unbalanced.",
        "Cutting the serving cost of the image-embedding service meant cutting the cost of "
        "serving the image embeddings. The service cost a lot, so we cut the cost, and then "
        "the serving was cheaper. So that's how we cut the serving cost of the image-embedding "
        "service.",
    ),
    Case(
        "en-h24-implicit-mf",
        "en",
        "fundamentals",
        "How does matrix factorisation work on implicit feedback like clicks or plays, and how "
        "is it different from explicit ratings?",
        "Implicit-feedback MF (Hu, Koren, Volinsky 2008; WRMF / iALS)\n"
        "- explicit: fit only observed r_ui; missing = unknown\n"
        "- implicit: no negatives; missing != dislike, but can't drop it (else trivial "
        "all-ones solution)\n"
        "- split: preference p_ui = 1 if r_ui > 0 else 0; confidence c_ui = 1 + alpha * r_ui "
        "(alpha ~ 40 in paper; or 1 + alpha*log(1 + r/eps))\n"
        "- loss = sum over ALL (u,i) of c_ui (p_ui - x_u^T y_i)^2 + lambda (||x_u||^2 + "
        "||y_i||^2)\n"
        "- ALS: fix Y, solve each x_u in closed form; swap\n"
        "  - trick: Y^T C_u Y = Y^T Y + Y^T (C_u - I) Y -> Y^T Y once; per-user cost ~ n_u "
        "(observed items only)\n"
        "  - => linear in #nonzeros, users in parallel\n"
        "- eval w/ ranking metrics (recall@k, MAP), not RMSE",
        "With explicit ratings you only fit the cells you've observed; an unrated item is "
        "simply unknown. With implicit data there are no real negatives: not clicking "
        "something doesn't mean you dislike it, but you can't just leave the missing cells out "
        "either, because then the model can predict one for everything and be perfectly happy. "
        "The Hu, Koren and Volinsky approach splits the signal in two: a binary preference, "
        "one if the user interacted at all and zero otherwise, and a confidence that grows "
        "with how much they interacted, something like one plus alpha times the count, with "
        "alpha around forty in the paper, or a log version of that. Then you minimise the "
        "confidence-weighted squared error between that preference and the dot product of the "
        "user and item vectors over every user-item pair, not just the observed ones, plus L2 "
        "on the factors. You solve it with alternating least squares: hold the item factors "
        "fixed and solve each user exactly, then swap. What makes it affordable is that Y "
        "transpose C_u Y splits into Y transpose Y, which you compute once, plus a correction "
        "that only touches the items that user actually interacted with, so the cost grows "
        "with the number of non-zeros and every user can be solved in parallel. And you judge "
        "it with ranking metrics like recall at k or MAP, not RMSE.",
        "With implicit data you don't have negatives, so you treat unobserved items as weak "
        "zeros and weight the observed interactions with a confidence.",
        "For implicit feedback you do the same as for explicit ratings: treat the click or "
        "play counts as the ratings and fit only the observed entries, ignoring everything "
        "that's missing. Every observed interaction gets the same confidence, and alpha in the "
        "Hu, Koren and Volinsky paper is just the learning rate. You can't use ALS here, "
        "because the closed-form solve would be quadratic in the number of items, so you run "
        "SGD over the observed entries instead. And you evaluate with RMSE on held-out counts, "
        "same as Netflix-prize rating prediction.",
        "A simpler alternative that still works well is item-based collaborative filtering. "
        "You build item vectors from which users touched them, compute cosine similarity "
        "between items, keep the top fifty neighbours for each, and at serving time you score "
        "a candidate by summing its similarity to the user's recent items. It's easy to "
        "explain to product people and it updates quickly when new interactions come in.",
        "Matrix factorisation on implicit feedback like clicks or plays is matrix "
        "factorisation, but on implicit feedback. It's different from explicit ratings because "
        "the ratings are explicit, and clicks and plays are implicit. So implicit is different "
        "from explicit, and matrix factorisation works on both in its own way.",
    ),
    Case(
        "en-h24-fpn",
        "en",
        "fundamentals",
        "What is a Feature Pyramid Network, and why does it help object detection?",
        "FPN (Lin et al. 2017)\n"
        "problem = small objects. deep layers: strong semantics, low res (stride 32); shallow: "
        "high res, weak semantics\n"
        "- bottom-up = backbone C2..C5 (strides 4/8/16/32)\n"
        "- top-down: upsample x2 (nearest) + lateral 1x1 conv on C_i -> add -> 3x3 conv => "
        "P2..P5, 256 ch each\n"
        "- predict on every level, shared head; RoI -> level k = floor(4 + "
        "log2(sqrt(wh)/224))\n"
        "- vs image pyramid: similar gain, 1 forward pass -> much cheaper\n"
        "- COCO AP +~2-3 (paper), mostly AP_small",
        "The problem it solves is small objects. In a CNN backbone the deep layers have strong "
        "semantic features but very coarse resolution, stride thirty-two, while the early "
        "layers keep spatial detail but don't know much about what things are. FPN keeps the "
        "normal bottom-up backbone, stages C2 to C5 at strides four up to thirty-two, and adds "
        "a top-down path: start from the deepest map, upsample it by two with nearest "
        "neighbour, add a one-by-one convolution of the backbone feature at that same "
        "resolution through a lateral connection, then smooth it with a three-by-three conv. "
        "That gives P2 to P5, all with two hundred fifty-six channels, and every one of them "
        "now carries high-level semantics at its own resolution. You run a detection head "
        "that's shared across levels on every one of them, and in Faster R-CNN each region is "
        "sent to a level by its size, with the log-two rule around a 224-pixel canonical size, "
        "so small boxes use the fine maps. Compared with an image pyramid, where you run the "
        "whole network at several scales, you get about the same benefit from one forward "
        "pass, so it's far cheaper. In the paper it was worth a couple of points of COCO AP, "
        "most of it on small objects.",
        "It combines features from different layers of the backbone so you can detect objects "
        "of different sizes, and it mostly helps with small objects.",
        "FPN passes fine spatial detail upward, from the shallow high-resolution layers into "
        "the deep ones: you downsample the early maps with max pooling and concatenate them "
        "onto C5, so the final layer has both detail and semantics. Then you predict only from "
        "that single fused map, which keeps the head simple. Large objects are assigned to the "
        "finest level and small ones to the coarsest. It's essentially an image pyramid, since "
        "the backbone runs once per scale, so it's slower than a plain detector, but the "
        "accuracy is worth it.",
        "I'd think about it in terms of receptive field. Each three-by-three conv grows the "
        "receptive field by two pixels times the accumulated stride, so deep layers see large "
        "regions. If you want a big receptive field without losing resolution, dilated "
        "convolutions are the usual trick: you space out the kernel taps, so a three-by-three "
        "with dilation two covers five-by-five, which is why segmentation models like DeepLab "
        "use them.",
        "A Feature Pyramid Network is a network with a pyramid of features, and it helps "
        "object detection because it helps detect objects. The pyramid of features is what "
        "makes it a Feature Pyramid Network, and that is why it helps with object detection.",
    ),
    Case(
        "en-h24-unasked-bias",
        "en",
        "behavioral",
        "Tell me about a time you raised a problem that nobody had asked you to look at.",
        "Raising a bias issue nobody owned: photo quality gate (2022)\n"
        "S: rental platform; listing photos scored by a quality classifier, score < 0.4 -> "
        "listing demoted. I was on search, NOT the photo team\n"
        "T: while debugging search noticed listings from 2 rural regions demoted ~3x more "
        "often\n"
        "A:\n"
        "- pulled 2k demoted photos, labelled 300 by hand w/ a colleague -> mostly fine, just "
        "darker / indoor light; training set ~90% urban, pro photographers\n"
        "- 1-page doc w/ numbers -> photo team lead FIRST (not their manager) + offered help\n"
        "- together: per-region threshold audit; +4k rural photos to training; brightness "
        "augmentation\n"
        "- until retrain: demotion -> soft rank penalty instead of hiding\n"
        "R: false demotion rate in those regions 31% -> 7%; host photo complaints -60%; "
        "per-region eval added to the photo team's release checklist\n"
        "Learned: bring data + an offer to help; go to the owner first",
        "On a rental platform, listing photos went through a quality classifier, and anything "
        "scoring under point four got demoted in search. I wasn't on the photo team, I was on "
        "search, but while debugging ranking I noticed that listings from two rural regions "
        "were being demoted about three times as often as anywhere else. I pulled two thousand "
        "of the demoted photos, and a colleague and I labelled three hundred by hand: most of "
        "them were perfectly fine, just darker, shot indoors, and it turned out the training "
        "data was about ninety percent urban listings taken by professional photographers. I "
        "wrote a one-page note with the numbers and took it to the photo team's lead first, "
        "not to their manager, and offered to help. Together we audited the threshold region "
        "by region, added four thousand rural photos to the training set and used brightness "
        "augmentation, and until the retrained model shipped we changed the demotion from "
        "hiding the listing to a soft ranking penalty. False demotions in those regions "
        "dropped from thirty-one percent to seven, host complaints about photos fell by about "
        "sixty percent, and the photo team put a per-region evaluation into their release "
        "checklist. What I took away is to come with data and an offer to help, and to go to "
        "the owner first.",
        "I noticed a photo-quality model was unfairly demoting some hosts' listings, so I told "
        "the team that owned it and they fixed the model.",
        "I was on search at a rental platform, and I noticed that rural listings were being "
        "demoted more often by the photo quality classifier. I raised it straight away at the "
        "all-hands with the VP there, because I thought going to the photo team directly would "
        "be too slow. The photo team got defensive, so I changed their threshold in production "
        "myself over a weekend. When we looked more closely, the rural photos really were poor "
        "quality, blurry and badly framed, so the model was right; we reverted my change, the "
        "listings stayed hidden, and nothing else came of it.",
        "Fairness in ranking is usually measured with a few standard metrics. Demographic "
        "parity asks whether each group gets the same rate of positive outcomes, equalised "
        "odds asks whether the error rates match across groups, and for rankings you look at "
        "exposure: whether groups get attention in proportion to their relevance. They can't "
        "all be satisfied at once, so you have to pick the one that matches the harm you care "
        "about.",
        "A time I raised a problem that nobody had asked me to look at. Nobody had asked me to "
        "look at it, but I raised the problem anyway, because raising problems is important. "
        "So that was a time I raised a problem nobody asked me about, and I think raising "
        "problems matters.",
    ),
]
