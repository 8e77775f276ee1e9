#include "check.h"

#include "text/contains.h"
#include "text/dictionary.h"
#include "text/occurrences.h"
#include "text/tags.h"
#include "text/utf8.h"
#include "text/wordpiece.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

using namespace mner;
namespace fs = std::filesystem;

TEST(contains_ignoring_ascii_case_as_like_does) {
    CHECK(containsIgnoringAsciiCase("President Obama visits", "obama"));
    CHECK(containsIgnoringAsciiCase("OBAMA", "oBaMa"));
    CHECK(containsIgnoringAsciiCase("abc", ""));
    CHECK(containsIgnoringAsciiCase("xxabc", "abc"));   // at the very end
    CHECK(containsIgnoringAsciiCase("abcxx", "ABC"));   // at the very start
    CHECK(containsIgnoringAsciiCase("aaab", "aab"));    // a false start just before
    CHECK(containsIgnoringAsciiCase("tTheThe", "the"));  // the upper-case candidate comes first
    CHECK(containsIgnoringAsciiCase("50% off", "0% o"));  // no wildcards: % is a character
    CHECK(!containsIgnoringAsciiCase("5 off", "%"));
    CHECK(!containsIgnoringAsciiCase("abc", "abcd"));
    CHECK(!containsIgnoringAsciiCase("ab c", "abc"));
    CHECK(!containsIgnoringAsciiCase("Obam", "obama"));
    CHECK(containsIgnoringAsciiCase("caf\xC3\xA9 M\xC3\xBCller", "m\xC3\xBCller"));
    CHECK(!containsIgnoringAsciiCase("CAF\xC3\x89", "caf\xC3\xA9"));  // only ASCII letters fold, as in LIKE
    CHECK(!containsIgnoringAsciiCase("[\\]", "{|}"));  // nor the bytes 32 above other symbols
    CHECK(containsIgnoringAsciiCase("[\\]", "[\\]"));
}

TEST(contains_agrees_with_a_plain_search_on_random_text) {
    // every block and tail position, and bytes that differ from a letter by 0x20 only
    const std::string alphabet[] = {"a", "A", "b", "B", "@", "`", "[", "{", " ", "\xC3\xA9", "\xC3\x89"};
    auto naive = [](const std::string &h, const std::string &n) {
        auto lower = [](std::string s) {
            for (char &c : s)
                if (c >= 'A' && c <= 'Z') c = char(c + 32);
            return s;
        };
        return lower(h).find(lower(n)) != std::string::npos;
    };
    uint32_t seed = 12345;
    auto next = [&](uint32_t n) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 8) % n;
    };
    int found = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string h, n;
        for (uint32_t k = next(70); k > 0; --k) h += alphabet[next(11)];
        for (uint32_t k = 1 + next(4); k > 0; --k) n += alphabet[next(11)];
        const bool want = naive(h, n);
        found += want;
        if (containsIgnoringAsciiCase(h, n) != want) {
            CHECK_EQ(h + " / " + n, std::string("(agrees)"));
            break;
        }
    }
    CHECK(found > 1000);  // both answers were asked for
}

TEST(split_tag_like_conlleval) {
    CHECK_EQ(splitTag("B-PER").prefix, std::string("B"));
    CHECK_EQ(splitTag("B-PER").type, std::string("PER"));
    CHECK_EQ(splitTag("I-geo-loc").type, std::string("geo-loc"));
    CHECK_EQ(splitTag("O").type, std::string(""));
}

TEST(valid_bio_tags) {
    CHECK(isValidBioTag("O"));
    CHECK(isValidBioTag("B-LOC"));
    CHECK(isValidBioTag("I-OTHER"));
    CHECK(!isValidBioTag("X-PER"));
    CHECK(!isValidBioTag("B_PER"));
    CHECK(!isValidBioTag("B-"));
    CHECK(!isValidBioTag("o"));
}

TEST(spans_follow_chunk_rules) {
    using V = std::vector<std::string>;
    auto s = spansOf(V{"O", "I-PER", "I-PER", "O"});
    CHECK_EQ(s.size(), size_t(1));
    CHECK(s[0] == (Span{1, 3, "PER"}));
    s = spansOf(V{"B-LOC", "B-LOC"});
    CHECK_EQ(s.size(), size_t(2));
    s = spansOf(V{"B-PER", "I-ORG", "I-ORG"});
    CHECK_EQ(s.size(), size_t(2));
    CHECK(s[1] == (Span{1, 3, "ORG"}));
    s = spansOf(V{"O", "B-LOC"});
    CHECK(s.size() == 1 && s[0].end == 2);
    CHECK(tagsOf(spansOf(V{"O", "I-PER", "I-PER"}), 3) == (V{"O", "B-PER", "I-PER"}));
}

TEST(bioes_tags_and_back) {
    using V = std::vector<std::string>;
    const V bio2{"B-PER", "I-PER", "I-PER", "B-PER", "O", "I-LOC", "B-ORG", "I-geo-loc", "O", "B-X"};
    const V bioes = bioesTagsOf(spansOf(bio2), int(bio2.size()));
    CHECK(bioes == (V{"B-PER", "I-PER", "E-PER", "S-PER", "O", "S-LOC", "S-ORG", "S-geo-loc", "O", "S-X"}));
    V back;
    for (const auto &t : bioes) back.push_back(bio2Tag(t));
    CHECK(back == tagsOf(spansOf(bio2), int(bio2.size())));
    CHECK(spansOf(back) == spansOf(bio2));
    CHECK_EQ(bio2Tag("O"), std::string("O"));
    CHECK_EQ(bio2Tag("E-geo-loc"), std::string("I-geo-loc"));
    CHECK_EQ(bio2Tag("S"), std::string("S"));  // not a tag with a type: left alone
    CHECK(bioesTagsOf({}, 2) == (V{"O", "O"}));
}

TEST(utf8_validation) {
    CHECK_EQ(firstInvalidUtf8("plain ascii"), std::string_view::npos);
    CHECK_EQ(firstInvalidUtf8("caf\xC3\xA9"), std::string_view::npos);
    CHECK_EQ(firstInvalidUtf8("ab\xC3"), size_t(2));            // truncated sequence
    CHECK_EQ(firstInvalidUtf8("\xC0\xAF"), size_t(0));          // overlong
    CHECK_EQ(firstInvalidUtf8("x\xED\xA0\x80"), size_t(1));     // surrogate
    CHECK_EQ(firstInvalidUtf8("\xF4\x90\x80\x80"), size_t(0));  // above U+10FFFF
    CHECK_EQ(firstInvalidUtf8("\xFF"), size_t(0));
}

TEST(utf16_lengths_of_hard_graphemes) {
    // family: woman ZWJ woman ZWJ girl = 3 astral code points + 2 ZWJ = 8 UTF-16 units
    CHECK_EQ(utf16Length("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"), size_t(8));
    // flag of Portugal: two regional indicators = 4 units
    CHECK_EQ(utf16Length("\xF0\x9F\x87\xB5\xF0\x9F\x87\xB9"), size_t(4));
    // e + combining acute = 2 units; precomposed é = 1
    CHECK_EQ(utf16Length("e\xCC\x81"), size_t(2));
    CHECK_EQ(utf16Length("\xC3\xA9"), size_t(1));
    auto off = utf16TokenOffsets({"a", "\xF0\x9F\x87\xB5\xF0\x9F\x87\xB9", "b"});
    CHECK(off == (std::vector<size_t>{0, 2, 7, 8}));
}

namespace {
std::vector<std::string> V(std::initializer_list<const char *> l) { return std::vector<std::string>(l.begin(), l.end()); }
}  // namespace

TEST(wordpiece_small_vocabulary) {
    // The example of BERT's README: greedy longest match, "##" continuations, [UNK].
    WordPiece wp(V({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "want", "##want", "##ed", "wa", "un", "runn", "##ing", ","}));
    CHECK(wp.tokenize("UNwant\u00E9d,running") == V({"un", "##want", "##ed", ",", "runn", "##ing"}));
    CHECK(wp.pieces("unwanted") == V({"un", "##want", "##ed"}));
    CHECK(wp.pieces("xyz") == V({"[UNK]"}));
    CHECK(wp.pieces(std::string(101, 'a')) == V({"[UNK]"}));
    CHECK_EQ(wp.id("want"), int64_t(5));
    CHECK_EQ(wp.id("nothing"), wp.unk());
    CHECK_THROWS(std::runtime_error, WordPiece(V({"[PAD]", "[UNK]"})), "lacks [CLS]");
}

TEST(wordpiece_basic_tokens) {
    CHECK(WordPiece::basicTokens("Hello, World!") == V({"hello", ",", "world", "!"}));
    CHECK(WordPiece::basicTokens("  Caf\u00E9  na\u00EFve\tZ\u00DCRICH ") == V({"cafe", "naive", "zurich"}));
    CHECK(WordPiece::basicTokens("e\u0301t\u00E9") == V({"ete"}));                     // combining acute dropped
    CHECK(WordPiece::basicTokens("\u4E2D\u6587ok") == V({"\u4E2D", "\u6587", "ok"}));  // spaces around CJK
    CHECK(WordPiece::basicTokens("@user #Tag don't") == V({"@", "user", "#", "tag", "don", "'", "t"}));
    CHECK(WordPiece::basicTokens("a\u2014b\u2026") == V({"a", "\u2014", "b", "\u2026"}));
    CHECK(WordPiece::basicTokens("\xff\x01ok") == V({"ok"}));  // invalid bytes and controls dropped
    CHECK(isUrl("http://t.co/abc") && isUrl("HTTPS://x.y") && isUrl("www.example.com") && !isUrl("httpx"));
}

TEST(wordpiece_bert_vocabulary) {
    std::string path = mner_test::sharedDir() + "/vocab/bert-base-uncased-vocab.txt";
    if (!std::filesystem::exists(path)) SKIP("no BERT vocabulary in the shared folder");
    WordPiece wp = WordPiece::fromFile(path);
    CHECK_EQ(wp.size(), int64_t(30522));
    CHECK_EQ(wp.cls(), int64_t(101));
    CHECK_EQ(wp.sep(), int64_t(102));
    CHECK_EQ(wp.mask(), int64_t(103));
    CHECK(wp.tokenize("unaffable") == V({"una", "##ffa", "##ble"}));  // this vocabulary has no "##aff"
    CHECK(wp.tokenize("Kevin Durant signs with the Warriors") ==
          V({"kevin", "duran", "##t", "signs", "with", "the", "warriors"}));
    auto t = wp.tokenize("RT @NBA: #LeBron \xF0\x9F\x98\x82\xF0\x9F\x94\xA5 wins!");
    CHECK(t.size() >= 8);
    CHECK_EQ(t[0], std::string("rt"));
    CHECK_EQ(t[1], std::string("@"));
    CHECK_EQ(t[2], std::string("nba"));
    CHECK_EQ(t.back(), std::string("!"));
}

#include "text/numbers.h"

#include <clocale>

// Data numbers are the same under a comma-decimal C locale (Qt sets the desktop's).
TEST(numbers_ignore_the_c_locale) {
    const char *old = std::setlocale(LC_ALL, nullptr);
    std::string saved = old ? old : "C";
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8")) SKIP("no de_DE.UTF-8 locale (setup.sh generates it)");
    char probe[32];
    std::snprintf(probe, sizeof probe, "%.1f", 0.5);
    CHECK_EQ(std::string(probe), std::string("0,5"));  // the locale really is comma-decimal
    CHECK_EQ(formatNumber(0.003), std::string("0.003"));
    CHECK_EQ(formatNumber(1e-7), std::string("1e-07"));
    CHECK_EQ(formatNumber(12), std::string("12"));
    CHECK_EQ(formatFixed(0.9534, 3), std::string("0.953"));
    CHECK_EQ(formatFixed(73.5, 2, 6), std::string(" 73.50"));
    CHECK(parseNumber("0.003") && *parseNumber("0.003") == 0.003);
    CHECK(parseNumber(" +2.5e-3 ") && *parseNumber(" +2.5e-3 ") == 0.0025);
    CHECK(!parseNumber("0,003"));
    CHECK(!parseNumber("1.5x"));
    CHECK(!parseNumber("nan"));
    CHECK(!parseNumber("inf"));
    {
        std::string nanItem;
        CHECK(parseNumberList("0.5 nan", &nanItem).size() == 1 && nanItem == "nan");
    }
    CHECK(!parseNumber(""));
    CHECK(parseInteger("1234567") && *parseInteger("1234567") == 1234567);
    CHECK(!parseInteger("12.5"));
    std::string bad;
    auto v = parseNumberList("0.953 0.5 1 1e-50", &bad);
    CHECK(bad.empty());
    CHECK(v.size() == 4 && v[0] == 0.953f && v[1] == 0.5f && v[2] == 1.0f);
    v = parseNumberList("0.9 0,5 1", &bad);
    CHECK_EQ(v.size(), size_t(1));
    CHECK_EQ(bad, std::string("0,5"));
    for (double x : {0.1, 1.0 / 3, 2e-300, 123456.789, -0.0625})
        CHECK(parseNumber(formatNumber(x)) && *parseNumber(formatNumber(x)) == x);
    std::setlocale(LC_ALL, saved.c_str());
}

TEST(unlabelled_occurrences) {
    std::map<int64_t, std::vector<std::string>> words = {
        {1, {"RT", "New", "York", "is", "big"}},
        {2, {"new", "york", "NEW", "YORK"}},
        {3, {"New", "York"}},
        {4, {"New", "Yorker"}},
        {5, {"New", "York", "New"}},
    };
    std::map<int64_t, std::vector<std::string>> tags = {
        {1, {"O", "B-LOC", "I-LOC", "O", "O"}},
        {2, {"O", "O", "B-ORG", "I-ORG"}},  // the second is labelled already
        {3, {"O", "O"}},
        {4, {"O", "O"}},
        // 5: no tags, not searched
    };
    auto found = findUnlabelledOccurrences(words, tags, {"New", "York"}, 1, 1, 3);
    CHECK_EQ(found.size(), size_t(2));
    CHECK_EQ(found[0].tweet, int64_t(2));
    CHECK_EQ(found[0].begin, 0);
    CHECK_EQ(found[0].end, 2);
    CHECK_EQ(found[1].tweet, int64_t(3));
    // the span itself is skipped; unskipped, tweet 1's labelled span is still not offered
    tags[1] = {"O", "O", "O", "O", "O"};
    CHECK_EQ(findUnlabelledOccurrences(words, tags, {"New", "York"}, 1, 1, 3).size(), size_t(2));
    CHECK_EQ(findUnlabelledOccurrences(words, tags, {"New", "York"}).size(), size_t(3));
    // non-overlapping, left to right
    words[6] = {"ha", "ha", "ha"};
    tags[6] = {"O", "O", "O"};
    auto ha = findUnlabelledOccurrences(words, tags, {"ha", "ha"});
    CHECK_EQ(ha.size(), size_t(1));
    CHECK_EQ(ha[0].begin, 0);
    CHECK(findUnlabelledOccurrences(words, tags, {}).empty());
}

TEST(dictionary_suggestions) {
    PhraseDictionary d;
    d.addSpans({"RT", "New", "York", "Times", "in", "York"}, {"O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"});
    d.add({"New", "York"}, "LOC");
    d.add({"new", "york"}, "LOC");
    d.add({"New", "York"}, "ORG");
    // longest match first; the most frequent type; case folded
    auto t = d.tag({"the", "NEW", "YORK", "times", "and", "new", "york", "and", "York"});
    CHECK(t == (std::vector<std::string>{"O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O", "B-LOC"}));
    d.removeSpans({"New", "York", "Times"}, {"B-ORG", "I-ORG", "I-ORG"});
    CHECK(d.tag({"New", "York", "Times"}) == (std::vector<std::string>{"B-LOC", "I-LOC", "O"}));
    // gazetteers: a default type, or one per line
    fs::path dir = fs::temp_directory_path() / ("mner-dict-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    {
        std::ofstream f(dir / "g.txt");
        f << "# countries\nNew Zealand\n\nHalifax\tLOC\nAda Lovelace\tPER\r\n";
    }
    PhraseDictionary g;
    g.loadGazetteer((dir / "g.txt").string(), "LOC");
    CHECK_EQ(g.size(), size_t(3));
    CHECK(g.tag({"Ada", "Lovelace", "in", "New", "Zealand"}) ==
          (std::vector<std::string>{"B-PER", "I-PER", "O", "B-LOC", "I-LOC"}));
    CHECK_THROWS(std::runtime_error, g.loadGazetteer((dir / "g.txt").string(), ""), "g.txt:2: expected PHRASE<TAB>TYPE");
    {
        std::ofstream f(dir / "bad.txt", std::ios::binary);
        f << "Paris\n\xff\xfe\n";
    }
    CHECK_THROWS(std::runtime_error, g.loadGazetteer((dir / "bad.txt").string(), "LOC"), "bad.txt:2: expected UTF-8");
    CHECK_THROWS(std::runtime_error, g.loadGazetteer((dir / "none.txt").string(), "LOC"), "none.txt: cannot read");
    fs::remove_all(dir);
}
