"""The English half of the labelled judgement set (see judgement_set.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-kv-cache",
        "en",
        "fundamentals",
        "What is a KV cache and why does it speed up inference?",
        "## KV cache\n"
        "- During autoregressive decoding, the **keys and values** of past tokens are cached\n"
        "- Each new step computes Q/K/V only for the new token and reuses the cache\n"
        "- Cost: memory grows linearly with sequence length and batch size\n"
        "- Mitigations: GQA/MQA share KV heads; PagedAttention manages cache memory in pages",
        "When a decoder generates text token by token, it stores the key and value vectors that "
        "every attention layer computed for the previous tokens. At the next step it only computes "
        "Q, K and V for the new token and attends over the cached keys and values, so nothing is "
        "recomputed for the prefix. The price is memory: the cache grows linearly with sequence "
        "length and batch size, which is why GQA shares KV heads and vLLM uses PagedAttention.",
        "It caches the keys and values of previous tokens so they are not recomputed.",
        "A KV cache keeps the model weights in CPU memory and swaps them into the GPU on demand, "
        "so a big model fits; it saves GPU memory but does not make decoding faster.",
        "Inference speed matters a lot in production. There are many tricks people use, and I "
        "have read plenty of blog posts about serving costs and latency budgets.",
        "What is a KV cache? A KV cache is a cache of KV. Why does it speed up inference? "
        "Because it is a KV cache, the KV cache speeds up inference.",
    ),
    Case(
        "en-overfit",
        "en",
        "fundamentals",
        "What is overfitting and how do you reduce it?",
        "**Overfitting**: the model fits the training data, noise included, and generalizes "
        "poorly to unseen data.\n\nHow to reduce it:\n1. Regularization (L2, weight decay)\n"
        "2. Dropout\n3. Early stopping on a validation set\n4. More data / data augmentation",
        "Overfitting is when the model memorizes the training set, noise included: training "
        "error is low but validation error is high. To reduce it I add L2 regularization or "
        "weight decay, use dropout, stop early when the validation loss stops improving, and get "
        "more data or augment the data I have.",
        "Overfitting is when training accuracy is high but test accuracy is low. Dropout helps.",
        "Overfitting happens when the model is too small to fit the training data. You fix it by "
        "removing regularization, "
        "turning dropout off and training until the training loss is zero.",
        "Model training has many knobs, like the learning rate, the optimizer and the batch "
        "size, and you need a lot of experiments to get them right.",
        "What is overfitting? Overfitting is fitting too much. How do you reduce it? You reduce "
        "overfitting by reducing the overfitting.",
    ),
    Case(
        "en-lora",
        "en",
        "fundamentals",
        "How does LoRA work?",
        "### LoRA\n"
        "* Freeze the pretrained weight W; train only a low-rank update BA\n"
        "* B starts at zero, so training starts from the original model\n"
        "* Far fewer trainable parameters and optimizer states, so much less memory\n"
        "* At inference BA is merged into W: no extra latency",
        "LoRA freezes the pretrained weights and learns a low-rank update, the product of two "
        "small matrices B and A, next to each frozen layer. B is initialized to zero so the "
        "model starts out identical to the original. Because only A and B are trained, the "
        "optimizer state is tiny and memory drops a lot, and at inference you merge BA back "
        "into the weight, so there is no extra latency.",
        "LoRA freezes the base weights and trains two small low-rank matrices.",
        "LoRA fine-tunes every weight of the model but stores them in low precision; at "
        "inference it needs a separate adapter branch, so it adds latency, and A and B both "
        "start random.",
        "There are many fine-tuning methods. In my projects I mostly used an open-source "
        "framework and its default settings, and the results were fine.",
        "How does LoRA work? LoRA works the way LoRA works: it is LoRA, and it works by "
        "using LoRA.",
    ),
    Case(
        "en-rag",
        "en",
        "fundamentals",
        "Walk me through a basic RAG pipeline.",
        "RAG pipeline:\n"
        "1. **Indexing**: split documents into chunks, embed them, store vectors in a vector DB\n"
        "2. **Retrieval**: embed the query, fetch the top-k chunks (often hybrid with BM25)\n"
        "3. **Reranking**: a cross-encoder reorders the candidates\n"
        "4. **Generation**: put the chunks into the prompt; the LLM answers grounded in them",
        "Offline, I split the documents into chunks, embed each chunk and store the vectors in a "
        "vector database. At query time I embed the question, retrieve the top-k chunks, often "
        "combined with BM25 for a hybrid search, rerank them with a cross-encoder, and put the "
        "best chunks into the prompt so the LLM answers from that evidence and hallucinates less.",
        "You retrieve relevant documents and give them to the LLM to answer.",
        "RAG means adding the documents to the training set and fine-tuning the model again, so "
        "at inference there is no retrieval, no vector database and no chunking.",
        "LLM applications are very hot right now. The key is to understand the business and "
        "talk to product managers to find use cases that matter.",
        "Walk me through a basic RAG pipeline. A basic RAG pipeline is the pipeline of RAG, "
        "basically the RAG pipeline.",
    ),
    Case(
        "en-bm25",
        "en",
        "fundamentals",
        "How is BM25 different from TF-IDF?",
        "BM25 vs TF-IDF\n"
        "- Both weight terms by term frequency and inverse document frequency\n"
        "- BM25 saturates term frequency: extra occurrences add less and less (k1)\n"
        "- BM25 normalizes by document length so long documents do not win by default (b)\n"
        "- In practice BM25 ranks better and is the classic search baseline",
        "Both score a term by its frequency times its inverse document frequency. BM25 adds "
        "saturation: after a few occurrences more repeats barely raise the score, controlled by "
        "k1. It also normalizes by document length, controlled by b, so long documents are not "
        "favored just for having more words. That is why BM25 usually ranks better.",
        "BM25 is an improved TF-IDF that also accounts for document length.",
        "BM25 drops IDF entirely and only counts term frequency, and the score grows linearly "
        "with no limit, so long documents always score higher.",
        "I have not worked much on search; I mostly used a hosted search service and focused "
        "on the modeling side.",
        "How is BM25 different from TF-IDF? BM25 is different from TF-IDF because BM25 is BM25 "
        "and TF-IDF is TF-IDF.",
    ),
    Case(
        "en-attention",
        "en",
        "fundamentals",
        "Why is attention scaled by the square root of d_k?",
        "softmax(QK^T / sqrt(d_k)) V\n\n**Why**\n"
        "- If q and k have independent unit-variance components, q.k has variance d_k\n"
        "- Large dot products push softmax into saturation (nearly one-hot), gradients vanish\n"
        "- Dividing by sqrt(d_k) brings the variance back to 1 and keeps training stable",
        "If the components of q and k are independent with zero mean and unit variance, their "
        "dot product has variance d_k, so with large d_k the logits get huge. Softmax then "
        "saturates to almost one-hot and the gradients become tiny. Dividing by the square root "
        "of d_k rescales the variance back to one, which keeps training stable.",
        "To keep the dot products from getting too large so softmax does not saturate.",
        "The scaling makes the attention sharper and closer to one-hot so gradients are larger; "
        "larger d_k makes the dot products smaller, so we divide to amplify them.",
        "The Transformer is a classic architecture with attention, feed-forward layers, layer "
        "norm and residual connections; every part has interesting details.",
        "Why is attention scaled by the square root of d_k? Attention is scaled by the square "
        "root of d_k because it is scaled by the square root of d_k.",
    ),
    Case(
        "en-quant",
        "en",
        "fundamentals",
        "What does quantizing a model do, and how do INT8 and INT4 differ?",
        "## Quantization\n"
        "Map FP16 weights (and activations) to low-bit integers with a scale and zero point.\n"
        "- **Why**: less memory and bandwidth, faster inference\n"
        "- INT8: small accuracy loss; weights and activations\n"
        "- INT4: more compression, larger error; usually weights only, calibrated with GPTQ/AWQ",
        "Quantization stores FP16 weights, and sometimes activations, as low-bit integers using "
        "a scale and a zero point, and dequantizes during compute. Memory and bandwidth drop, so "
        "inference is faster. INT8 loses very little accuracy and can cover weights and "
        "activations; INT4 compresses twice as much but the error is larger, so it is usually "
        "weights only with a calibration method such as GPTQ or AWQ.",
        "It turns floating point weights into integers to save memory.",
        "Quantization removes half of the layers and prunes the parameters; INT4 is more "
        "accurate than INT8 because four bits can represent more values, so it needs no "
        "calibration.",
        "For deployment we use an existing inference framework and call its API; as long as "
        "performance is good enough we focus on business results.",
        "What does quantizing a model do? Quantizing a model quantizes the model. INT8 and INT4 "
        "differ because one is INT8 and the other is INT4.",
    ),
    Case(
        "en-hallucination",
        "en",
        "fundamentals",
        "What are LLM hallucinations and how do you reduce them?",
        "Hallucination: fluent output that is not supported by facts or by the input.\n\n"
        "Reduce it:\n* ground answers with retrieval (RAG)\n"
        '* ask for citations; allow "I don\'t know"\n* lower the sampling temperature\n'
        "* align on factual data (SFT / RLHF)",
        "A hallucination is fluent, confident text that the facts or the given input do not "
        "support. To reduce it, ground the answer with retrieval so it has evidence, ask the "
        "model to cite its sources and to say it does not know when nothing supports an answer, "
        "lower the sampling temperature, and align the model on factual data with SFT or RLHF.",
        "The model makes things up; retrieval can reduce that.",
        "Hallucinations come from slow inference; you fix them by raising the temperature so the "
        "model is more creative and by not giving it retrieved documents, which confuse it.",
        "LLMs keep getting more capable and many people worry about jobs; that is an "
        "interesting debate for society.",
        "What are LLM hallucinations? LLM hallucinations are hallucinations of LLMs. How do you "
        "reduce them? You reduce the hallucinations.",
    ),
    Case(
        "en-project-search",
        "en",
        "project",
        "Tell me about the product search project. What was your part?",
        "## Product search revamp\n**Context**: keyword search missed synonyms; 18% of searches "
        "returned nothing\n**My role**: I owned the retrieval layer\n"
        "- Built hybrid retrieval: BM25 plus a fine-tuned bi-encoder\n"
        "- Added a cross-encoder reranker on the top 100\n"
        "- Zero-result searches fell from 18% to 4%; conversion rose 6%",
        "Keyword search was missing synonyms, and 18% of searches returned nothing. I owned the "
        "retrieval layer: I built hybrid retrieval that combines BM25 with a bi-encoder we "
        "fine-tuned on click logs, and added a cross-encoder reranker over the top 100 results. "
        "Zero-result searches dropped from 18% to 4% and conversion went up 6%.",
        "I worked on the retrieval part of the product search project.",
        "I did the front end and the design system; retrieval stayed pure keyword matching, no "
        "reranker, and zero-result searches went up after launch.",
        "The team was great. We ran two-week sprints and retrospectives, and I learned a lot "
        "about working with designers.",
        "Tell me about the product search project. What was your part? The product search "
        "project was a project about product search, and my part was my part in it.",
    ),
    Case(
        "en-project-finetune",
        "en",
        "project",
        "How did you fine-tune the support chatbot model?",
        "Fine-tuning the support bot:\n"
        "1. 30k real support dialogues, PII removed, filtered by resolution status\n"
        "2. LoRA on a 7B base model, rank 16, 3 epochs\n"
        "3. Evaluated on 500 held-out tickets with human graders\n"
        "4. Resolution rate without escalation went from 41% to 58%",
        "We started from 30k real support dialogues, removed personal data, and kept only those "
        "marked as resolved. I fine-tuned a 7B base model with LoRA at rank 16 for three epochs. "
        "For evaluation we held out 500 tickets and had human graders rate the replies. The "
        "share of tickets resolved without escalation went from 41% to 58%.",
        "We fine-tuned a 7B model with LoRA on support dialogues.",
        "We trained a model from scratch on synthetic dialogues, with no personal-data "
        "filtering and no held-out evaluation, and the escalation rate went up.",
        "Customer support is an important business area and our managers cared a lot about "
        "customer satisfaction and the brand.",
        "How did you fine-tune the support chatbot model? We fine-tuned the support chatbot "
        "model by fine-tuning the model of the support chatbot.",
    ),
    Case(
        "en-project-monitor",
        "en",
        "project",
        "How did you monitor the model after it went to production?",
        "**Monitoring**\n- Logged inputs, outputs and latency for every request\n"
        "- Weekly drift report on the input embedding distribution\n"
        "- Alert when P95 latency > 800 ms or error rate > 1%\n"
        "- Sampled 200 replies a week for human review",
        "Every request logged its input, output and latency. A weekly job compared the input "
        "embedding distribution with the training data to catch drift. We alerted when P95 "
        "latency went over 800 ms or the error rate over 1%, and each week we sampled 200 "
        "replies for a human review.",
        "We logged requests and had latency alerts.",
        "We did not log anything after launch and had no alerts; we only checked the model "
        "when a customer complained, and never reviewed replies.",
        "Production is always stressful. We had an on-call rotation and I think ownership is "
        "a very important value for engineers.",
        "How did you monitor the model after it went to production? We monitored the model in "
        "production by monitoring the model after production.",
    ),
    Case(
        "en-beh-conflict",
        "en",
        "behavioral",
        "Tell me about a time you disagreed with a teammate.",
        "STAR — disagreement on the evaluation metric\n"
        "- **Situation**: a teammate wanted to ship on offline accuracy alone\n"
        "- **Action**: I proposed a one-week A/B test and wrote the analysis plan with him\n"
        "- **Result**: the test showed a 2% drop in retention; we fixed it before launch\n"
        "- **Reflection**: agree on how to decide before arguing about what to decide",
        "A teammate wanted to ship a new ranking model based on offline accuracy alone. I "
        "thought we needed online evidence, so I proposed a one-week A/B test and we wrote the "
        "analysis plan together. The test showed a 2% drop in retention, and we fixed the "
        "cause before launch. I learned to agree on how we will decide before arguing about "
        "what to decide.",
        "I once disagreed with a teammate about a launch and we talked it through.",
        "I usually just overrule teammates when I disagree; once I shipped on offline accuracy "
        "without any test and retention dropped, but I never discussed it with him.",
        "I get along with everyone and we rarely have conflicts; we often have lunch together "
        "and play board games on Fridays.",
        "Tell me about a time you disagreed with a teammate. There was a time I disagreed with "
        "a teammate, and we disagreed at that time.",
    ),
    Case(
        "en-beh-mistake",
        "en",
        "behavioral",
        "Describe a mistake you made and what you learned.",
        "Mistake: deleted a shared feature table while cleaning up my experiments.\n"
        "**Action**: told the team within minutes, restored from the nightly backup, re-ran "
        "the two failed jobs\n**Learned**: added a dry-run flag and write permissions by team",
        "While cleaning up my experiment tables I deleted a shared feature table by mistake. I "
        "told the team within minutes, restored it from the nightly backup and re-ran the two "
        "jobs that had failed. Afterwards I added a dry-run flag to the cleanup script and we "
        "split write permissions by team, so one person cannot do that again.",
        "I once deleted a table by mistake and we restored it.",
        "I have never really made a mistake at work; when a table was deleted once I waited to "
        "see if anyone noticed and did not tell the team.",
        "Everyone makes mistakes. I think staying positive, sleeping well and exercising are "
        "the keys to a healthy career.",
        "Describe a mistake you made and what you learned. I made a mistake and I learned from "
        "the mistake that I made.",
    ),
    Case(
        "en-beh-deadline",
        "en",
        "behavioral",
        "How do you handle a tight deadline?",
        "Tight deadline:\n1. Agree with the stakeholder on the must-have scope; cut the rest\n"
        "2. Break work into small tasks, riskiest first\n3. Share progress daily; raise risks "
        "early\nExample: two weeks for a demo -> kept retrieval + answer path, moved "
        "evaluation to phase two",
        "First I agree with the stakeholder on what must ship and cut or postpone the rest. "
        "Then I break the work into small tasks and do the riskiest ones first, so surprises "
        "show up early. I share progress every day and raise risks as soon as I see them. For "
        "a two-week demo we kept only the retrieval and answer path and moved evaluation to a "
        "second phase.",
        "I focus on the most important features first.",
        "I accept every request, work through them in the order they came in, leave the risky "
        "parts for the end and only report when everything is done.",
        "I handle pressure well; in university I often stayed up late for assignments, and "
        "music helps me relax.",
        "How do you handle a tight deadline? I handle a tight deadline by handling the tight "
        "deadline.",
    ),
    Case(
        "en-intro-1",
        "en",
        "self_intro",
        "Please introduce yourself briefly.",
        "# Intro\nHi, I'm Daniel Park. **MSc in Computer Science, University of Toronto**, "
        "focused on NLP.\n- Two years at Shopify building search ranking models\n"
        "- Led a semantic search launch that cut zero-result queries by 60%\n"
        "- Skills: PyTorch, Hugging Face, Elasticsearch\n"
        "Applying for the LLM engineer role to work on retrieval-augmented products.",
        "Hi, I'm Daniel Park. I did my master's in computer science at the University of "
        "Toronto, focused on NLP. I then spent two years at Shopify building search ranking "
        "models, and I led a semantic search launch that cut zero-result queries by 60%. I work "
        "with PyTorch, Hugging Face and Elasticsearch, and I'm applying for this LLM engineer "
        "role to build retrieval-augmented products.",
        "Hi, I'm Daniel Park, I studied computer science at the University of Toronto.",
        "Hi, I'm Daniel Park. I have no industry experience and have only done mobile UI work "
        "in Swift; I have never used PyTorch or worked on search.",
        "The weather is nice today and traffic was light on the way here. I like hiking and "
        "cooking in my free time.",
        "Please introduce yourself briefly. Sure, let me introduce myself briefly; this is a "
        "brief introduction of myself.",
    ),
    Case(
        "en-intro-2",
        "en",
        "self_intro",
        "Tell me about yourself and why this role.",
        "About me:\n1. BSc Statistics, UC Davis (2021)\n"
        "2. Data scientist at a fintech for 3 years: fraud models, cut false positives 25%\n"
        "3. Built an internal LLM assistant for analysts last year\n"
        "4. Why this role: move from analytics to building LLM products full time",
        "I studied statistics at UC Davis and graduated in 2021. Since then I've been a data "
        "scientist at a fintech for three years, building fraud models, where I cut false "
        "positives by 25%. Last year I built an internal LLM assistant for our analysts, and I "
        "want this role to move from analytics to building LLM products full time.",
        "I studied statistics at UC Davis and I work as a data scientist.",
        "I studied law and have worked as a lawyer for ten years; I have never built a model "
        "and I am applying because a friend works here.",
        "I'm an outgoing person who loves meeting new people. In college I joined many clubs "
        "and organized events.",
        "Tell me about yourself and why this role. About myself: I am myself, and this role is "
        "why I want this role.",
    ),
]
