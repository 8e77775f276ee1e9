// Importing documents into a project: tweets, tokens, gold labels, images, captions, duplicates.
#include "store/project.h"
#include "store/projectinternal.h"
#include "io/captions.h"
#include "io/imagefiles.h"
#include "text/isotime.h"
#include "text/sha256.h"
#include "text/tags.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace mner {

using namespace internal;

Duplicates parseDuplicates(const std::string &name) {
    if (name == "skip") return Duplicates::Skip;
    if (name == "keep") return Duplicates::Keep;
    if (name == "replace") return Duplicates::Replace;
    throw std::invalid_argument("'" + name + "' is not a way to treat duplicates (skip, keep or replace)");
}

ImportResult Project::import(const std::vector<std::pair<Document, std::string>> &docs, const ImportOptions &opt,
                             const Progress &progress) {
    ImportResult r;
    size_t total = 0, done = 0;
    for (const auto &d : docs) total += d.first.tweets.size();
    Transaction tx(db_);
    int64_t gold = layerId("gold", "gold", true);
    auto insDataset =
        db_.prepare("INSERT INTO datasets(split, format, source, bom, crlf, trailing_blank, final_newline, imported_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto insTweet = db_.prepare("INSERT INTO tweets(dataset_id, ordinal, ext_id, image_id, raw_text, display, n_tokens, "
                                "preamble, entities) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto insToken = db_.prepare("INSERT INTO tokens(tweet_id, idx, text, middle) VALUES (?, ?, ?, ?)");
    auto insLabel = db_.prepare("INSERT INTO labels(layer_id, tweet_id, idx, tag) VALUES (?, ?, ?, ?)");
    auto findImage = db_.prepare("SELECT id FROM images WHERE name = ?");
    auto insImage = db_.prepare("INSERT INTO images(name, path, data, sha256, size) VALUES (?, ?, ?, ?, ?)");
    auto insWords = db_.prepare("INSERT INTO image_words(image_id, source, words) VALUES (?, ?, ?) "
                                "ON CONFLICT(image_id, source) DO UPDATE SET words = excluded.words");
    std::map<std::string, int64_t> imageIds;
    std::string now = nowIso();
    // Tweets already in the project: same id and same words. Found before anything is inserted,
    // so that tweets repeated within the files being imported are not taken for re-imports.
    auto findTweet = db_.prepare("SELECT id FROM tweets WHERE ext_id = ? AND display = ? ORDER BY id LIMIT 1");
    std::vector<std::vector<int64_t>> existing(docs.size());
    const Tweet *firstDup = nullptr;
    const Document *firstDupDoc = nullptr;
    for (size_t d = 0; d < docs.size(); ++d) {
        const Document &doc = docs[d].first;
        existing[d].resize(doc.tweets.size(), 0);
        for (size_t i = 0; i < doc.tweets.size(); ++i) {
            findTweet.bind(1, doc.tweets[i].id).bind(2, displayOf(doc.tweets[i]));
            if (findTweet.step()) existing[d][i] = findTweet.int64(0);
            findTweet.reset();
            if (!existing[d][i]) continue;
            if (r.duplicates++ == 0) {
                firstDup = &doc.tweets[i];
                firstDupDoc = &doc;
            }
        }
    }
    if (r.duplicates && opt.duplicates == Duplicates::Refuse) {
        std::string file = firstDupDoc->file.empty() ? std::string("the imported data") : firstDupDoc->file;
        throw DuplicateError(r.duplicates, file, firstDup->line,
                             Message{"{1}:{2}: {3} tweet(s) are already in the project (the first: id '{4}'); "
                                     "choose to skip, keep or replace them; nothing was imported",
                                     {file, std::to_string(firstDup->line), std::to_string(r.duplicates), firstDup->id}});
    }
    std::set<std::string> types;  // the types the imported labels bring, as B- tags
    auto replaceGold = db_.prepare("UPDATE labels SET tag = ? WHERE layer_id = ? AND tweet_id = ? AND idx = ?");
    size_t docIndex = 0;
    for (const auto &[doc, split] : docs) {
        const std::vector<int64_t> &dup = existing[docIndex++];
        // a file whose every tweet is skipped or replaced adds no dataset
        bool addsTweets =
            opt.duplicates == Duplicates::Keep || std::any_of(dup.begin(), dup.end(), [](int64_t id) { return id == 0; });
        int64_t datasetId = 0;
        if (addsTweets) {
            insDataset.bind(1, split)
                .bind(2, formatName(doc.format))
                .bind(3, opt.source)
                .bind(4, int(doc.layout.bom))
                .bind(5, int(doc.layout.crlf))
                .bind(6, int(doc.layout.trailingBlank))
                .bind(7, int(doc.layout.finalNewline))
                .bind(8, now)
                .run();
            datasetId = db_.lastInsertId();
        }
        int ordinal = 0;
        for (size_t ti = 0; ti < doc.tweets.size(); ++ti) {
            const Tweet &t = doc.tweets[ti];
            if (dup[ti] && opt.duplicates != Duplicates::Keep) {
                if (opt.duplicates == Duplicates::Replace) {
                    for (size_t i = 0; i < t.tokens.size(); ++i)
                        replaceGold.bind(1, t.tokens[i].tag).bind(2, gold).bind(3, dup[ti]).bind(4, int64_t(i)).run();
                    updateSummary(dup[ti], labels("corrected", dup[ti]));
                    for (const Token &tok : t.tokens)
                        if (tok.tag.size() > 2) types.insert("B-" + tok.tag.substr(2));
                }
                if (progress && (++done % 256 == 0 || done == total) && !progress(done, total))
                    throw StoreError(Message{"import cancelled; nothing was imported", {}});
                continue;
            }
            int64_t imageId = 0;
            if (!t.imageId.empty()) {
                auto it = imageIds.find(t.imageId);
                if (it != imageIds.end()) {
                    imageId = it->second;
                } else {
                    findImage.bind(1, t.imageId);
                    if (findImage.step()) imageId = findImage.int64(0);
                    findImage.reset();
                    if (!imageId) {
                        std::string bytes;
                        fs::path file;
                        if (!opt.imagesDir.empty()) {
                            try {
                                if (auto p = findImageFile(opt.imagesDir, t.imageId)) file = *p;
                            } catch (const std::invalid_argument &e) {
                                throw ParseError(doc.file.empty() ? std::string("the imported data") : doc.file, t.line,
                                                 Message{"{1}; nothing was imported", {e.what()}});
                            }
                        }
                        insImage.bind(1, t.imageId);
                        if (!file.empty()) {
                            bytes = readFile(file);
                            if (opt.embedImages || db_.postgres()) {  // a server has no folder beside it
                                insImage.bindNull(2).bindBlob(3, bytes.data(), bytes.size());
                            } else {
                                insImage.bind(2, fs::relative(fs::absolute(file), dir_).generic_string()).bindNull(3);
                            }
                            insImage.bind(4, sha256Hex(bytes.data(), bytes.size())).bind(5, int64_t(bytes.size()));
                            ++r.images;
                        } else {
                            insImage.bindNull(2).bindNull(3).bindNull(4).bindNull(5);
                        }
                        insImage.run();
                        imageId = db_.lastInsertId();
                    }
                    imageIds[t.imageId] = imageId;
                    if (opt.captions) {
                        if (const std::string *cap = findCaption(*opt.captions, t.imageId)) {
                            insWords.bind(1, imageId).bind(2, opt.captionSource).bind(3, *cap).run();
                            ++r.captions;
                        }
                    }
                }
            }
            std::string display = displayOf(t);
            insTweet.bind(1, datasetId).bind(2, ordinal++).bind(3, t.id);
            if (imageId)
                insTweet.bind(4, imageId);
            else
                insTweet.bindNull(4);
            std::vector<std::string> tags;
            tags.reserve(t.tokens.size());
            for (const Token &tok : t.tokens) tags.push_back(tok.tag);
            const std::vector<Span> spans = spansOf(tags);
            for (const Span &s : spans) types.insert("B-" + s.type);
            insTweet.bind(5, t.text)
                .bind(6, display)
                .bind(7, int(t.tokens.size()))
                .bind(8, t.preamble)
                .bind(9, int64_t(spans.size()))
                .run();
            int64_t tweetId = db_.lastInsertId();
            for (size_t i = 0; i < t.tokens.size(); ++i) {
                insToken.bind(1, tweetId).bind(2, int64_t(i)).bind(3, t.tokens[i].text).bind(4, t.tokens[i].middle).run();
                insLabel.bind(1, gold).bind(2, tweetId).bind(3, int64_t(i)).bind(4, t.tokens[i].tag).run();
            }
            r.tweets++;
            r.tokens += static_cast<int>(t.tokens.size());
            ++done;
            if (progress && (done % 256 == 0 || done == total) && !progress(done, total))
                throw StoreError(Message{"import cancelled; nothing was imported", {}});
        }
    }
    noteTypes(std::vector<std::string>(types.begin(), types.end()));
    tx.commit();
    return r;
}

}  // namespace mner
