#include "check.h"

#include "io/captions.h"
#include "io/chunks.h"
#include "io/formats.h"
#include "io/json.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace mner;
namespace fs = std::filesystem;

static std::string slurp(const fs::path &p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
static std::string write(const Document &d, const TypeMap &m = {}) {
    std::ostringstream o;
    writeDocument(o, d, m);
    return o.str();
}
static Document parse(const std::string &s, Format f = Format::Auto) {
    ReadOptions o;
    o.format = f;
    return parseDocument(s, "in.txt", o);
}

TEST(twitter_format_reads_and_writes_back) {
    std::string s = "IMGID:1\nRT\tO\nGeorge\tB-PER\nZimmerman\tI-PER\n\nIMGID:2\nParis\tB-LOC\n";
    Document d = parse(s);
    CHECK(d.format == Format::Twitter);
    CHECK_EQ(d.tweets.size(), size_t(2));
    CHECK_EQ(d.tweets[0].id, std::string("1"));
    CHECK_EQ(d.tweets[0].tokens[1].tag, std::string("B-PER"));
    CHECK_EQ(d.tweets[1].line, 6);
    CHECK_EQ(write(d), s);
}

TEST(layout_variants_round_trip) {
    for (std::string s : {std::string("IMGID:1\na\tO\n\n"), std::string("IMGID:1\na\tO"),
                          std::string("\xEF\xBB\xBFIMGID:1\r\na\tB-LOC\r\n\r\nIMGID:2\r\nb\tO\r\n")}) {
        Document d = parse(s);
        CHECK_EQ(write(d), s);
    }
    Document d = parse("\xEF\xBB\xBFIMGID:1\r\nx\tO\r\n");
    CHECK(d.layout.bom && d.layout.crlf);
    CHECK_EQ(d.tweets[0].tokens[0].text, std::string("x"));  // no CR, no BOM in the data
}

TEST(conll_columns_and_conll2003) {
    Document d = parse("EU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n", Format::Conll2003);
    CHECK_EQ(d.tweets[0].tokens[0].tag, std::string("B-ORG"));  // IOB1 -> BIO2
    CHECK_EQ(d.tweets[0].tokens[2].tag, std::string("B-MISC"));
    d = parse("-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n");
    CHECK(d.format == Format::Conll2003);
    CHECK_EQ(d.tweets.size(), size_t(1));
    CHECK_EQ(d.tweets[0].tokens[1].tag, std::string("I-PER"));
    std::string plain = "a x B-LOC\nb y O\n\nc z O\n";
    d = parse(plain);
    CHECK(d.format == Format::Conll);
    CHECK_EQ(d.tweets.size(), size_t(2));
    CHECK_EQ(write(d), plain);  // extra columns survive
}

TEST(jsonl_and_doccano) {
    std::string j =
        "{\"id\": \"130\", \"image_id\": \"130.jpg\", \"tokens\": [\"RT\", \"Jogjakarta\"], \"label\": [\"O\", \"B-LOC\"]}\n";
    Document d = parse(j);
    CHECK(d.format == Format::Jsonl);
    CHECK_EQ(d.tweets[0].imageId, std::string("130.jpg"));
    CHECK_EQ(write(d), j);
    std::string dc = "{\"text\": \"Ana met Bob in São Paulo!\", \"label\": [[0, 3, \"PER\"], [15, 24, \"LOC\"]]}\n";
    d = parse(dc);
    CHECK(d.format == Format::Doccano);
    auto &toks = d.tweets[0].tokens;
    CHECK_EQ(toks.size(), size_t(7));
    CHECK_EQ(toks[0].tag, std::string("B-PER"));
    CHECK_EQ(toks[4].text, std::string("São"));
    CHECK_EQ(toks[4].tag, std::string("B-LOC"));
    CHECK_EQ(toks[5].tag, std::string("I-LOC"));
    CHECK_EQ(toks[6].text, std::string("!"));
    std::string back = write(d);
    CHECK(back.find("[[0, 3, \"PER\"], [15, 24, \"LOC\"]]") != std::string::npos);  // code-point offsets
}

TEST(type_maps) {
    Document d = parse("IMGID:1\nx\tB-OTHER\ny\tI-OTHER\nz\tB-person\n");
    CHECK(write(d, TypeMap::parse("other-misc")).find("x\tB-MISC\ny\tI-MISC\n") != std::string::npos);
    ReadOptions o;
    o.typeMap = TypeMap::parse("wnut");
    Document w = parseDocument("a\tB-geo-loc\nb\tI-geo-loc\nc\tB-musicartist\n", "w", o);
    CHECK_EQ(w.tweets[0].tokens[0].tag, std::string("B-LOC"));
    CHECK_EQ(w.tweets[0].tokens[1].tag, std::string("I-LOC"));
    CHECK_EQ(w.tweets[0].tokens[2].tag, std::string("B-PER"));
    CHECK(TypeMap::parse("A=O").applyToTags({"B-A", "I-A", "B-B"}) == (std::vector<std::string>{"O", "O", "B-B"}));
    CHECK_THROWS(std::invalid_argument, TypeMap::parse("nonsense"), "FROM=TO");
}

TEST(malformed_inputs_give_file_line_errors) {
    // truncated in the middle of a tweet: a token without its tag
    CHECK_THROWS(ParseError, parse("IMGID:1\nGeorge\tB-PER\nZimm"), "in.txt:3: expected token and tag");
    // binary garbage
    const char garbage[] = "IMGID:1\nab\0\x01\x02\tO\n";
    CHECK_THROWS(ParseError, parse(std::string(garbage, sizeof garbage - 1)), "in.txt:2: expected text, found binary data");
    CHECK_THROWS(ParseError, parse("\x89PNG\r\n\x1a\n\xff\xfe"), "in.txt:1: expected UTF-8 text");
    // wrong column count
    CHECK_THROWS(ParseError, parse("a x B-LOC\nb O\n"), "in.txt:2: expected 3 columns as on line 1, found 2");
    // unknown tag prefix
    CHECK_THROWS(ParseError, parse("IMGID:1\nx\tX-PER\n"), "in.txt:2: expected a tag O, B-TYPE or I-TYPE, found 'X-PER'");
    CHECK_THROWS(ParseError, parse("IMGID:1\nx\tB_PER\n"), "found 'B_PER'");
    // I- after O is accepted (conlleval does)
    CHECK_EQ(parse("IMGID:1\nx\tO\ny\tI-PER\n").tweets[0].tokens[1].tag, std::string("I-PER"));
    // invalid UTF-8
    CHECK_THROWS(ParseError, parse("IMGID:1\nok\tO\nbad\xC3\x28\tO\n"),
                 "in.txt:3: expected UTF-8 text, found an invalid byte sequence at column 4");
    // a 1 MB line
    CHECK_THROWS(ParseError, parse("IMGID:1\n" + std::string(1 << 20, 'a') + "\tO\n"), "in.txt:2: line is 1048578 bytes long");
    // empty file, blank file
    CHECK_THROWS(ParseError, parse(""), "expected at least one tweet");
    CHECK_THROWS(ParseError, parse("\n\n  \n"), "expected at least one tweet");
    // IMGID without tokens, in the middle and at the end
    CHECK_THROWS(ParseError, parse("IMGID:1\n\nIMGID:2\nx\tO\n"), "in.txt:1: IMGID:1 has no tokens");
    CHECK_THROWS(ParseError, parse("IMGID:1\nx\tO\n\nIMGID:2\n"), "in.txt:4: IMGID:2 has no tokens");
    CHECK_THROWS(ParseError, parse("IMGID:1\nIMGID:2\nx\tO\n"), "IMGID:1 has no tokens");
    // tokens before any IMGID in a Twitter file
    CHECK_THROWS(ParseError, parse("x\tO\nIMGID:1\ny\tO\n", Format::Twitter), "in.txt:1: expected an IMGID");
    // JSON lines
    CHECK_THROWS(ParseError, parse("{\"tokens\": [\"a\"], \"label\": [\"O\", \"O\"]}\n"),
                 "expected one label per token (1), found 2");
    CHECK_THROWS(ParseError, parse("{\"tokens\": [\"a\"], \"label\": [\"O\"]\n"),
                 "in.txt:1: invalid JSON (unexpected end of input; expected '}') at column 33");
    std::string deep = "{\"tokens\": " + std::string(100, '[') + std::string(100, ']') + "}";
    CHECK_THROWS(ParseError, parse(deep), "nesting at most 32 deep");
    CHECK_THROWS(ParseError, parse("{\"text\": \"a b\", \"label\": [[5, 9, \"PER\"]]}"), "covers no word");
}

TEST(emoji_zwj_flags_combining_marks_survive) {
    std::string s = "IMGID:7\n\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7\tO\n"
                    "\xF0\x9F\x87\xB5\xF0\x9F\x87\xB9\tO\nJose\xCC\x81\tB-PER\n";
    Document d = parse(s);
    CHECK_EQ(d.tweets[0].tokens.size(), size_t(3));
    CHECK_EQ(d.tweets[0].tokens[2].text, std::string("Jose\xCC\x81"));
    CHECK_EQ(write(d), s);
}

TEST(json_parser_limits_and_escapes) {
    auto v = json::parse("{\"a\": \"\\u00e9\\ud83d\\ude00\", \"b\": [1, 2.5, true, null]}");
    CHECK_EQ(v.find("a")->string, std::string("\xC3\xA9\xF0\x9F\x98\x80"));
    CHECK_EQ(v.find("b")->array.size(), size_t(4));
    CHECK_THROWS(json::Error, json::parse("\"\\udc00\""), "surrogate");
    CHECK_THROWS(json::Error, json::parse("[1] x"), "expected end of input");
    CHECK_EQ(json::quote("a\"b\n\x01"), std::string("\"a\\\"b\\n\\u0001\""));
}

TEST(shared_twitter2015_round_trip_and_counts) {
    fs::path dir = fs::path(mner_test::sharedDir()) / "data/twitter2015";
    if (!fs::exists(dir / "train.txt")) SKIP("no shared data");
    for (const char *name : {"train.txt", "valid.txt"}) {
        std::string bytes = slurp(dir / name);
        Document d = parseDocument(bytes, name);
        CHECK(write(d) == bytes);
        CHECK_EQ(d.tweets.size(), size_t(name[0] == 't' ? 4000 : 1000));
    }
    Captions caps((dir / "captions-blip2.txt").string());
    CHECK(caps.lines() >= 8257);
    CHECK(caps.find("1015799").has_value());
}

TEST(captions_found_by_name_read_from_the_file) {
    fs::path f = fs::temp_directory_path() / ("mner-captions-" + std::to_string(::getpid()) + ".txt");
    {
        std::ofstream o(f, std::ios::binary);
        o << "\xEF\xBB\xBF" "10.jpg :a man on a street\r\n"
          << "\n"
          << "11.png :two dogs\n"
          << "{\"image_id\": \"12\", \"caption\": \"a caf\u00e9 at night\"}\n"
          << "10.jpg :a man on a bridge\n"  // a name again: the last line wins
          << "13.jpg :" << std::string(3000, 'x');  // longer than one read, no final newline
    }
    Captions c(f.string());
    CHECK_EQ(c.lines(), size_t(5));
    CHECK_EQ(c.find("10").value_or(""), std::string("a man on a bridge"));    // id + .jpg
    CHECK_EQ(c.find("10.jpg").value_or(""), std::string("a man on a bridge")); // the name itself
    CHECK_EQ(c.find("11.png").value_or(""), std::string("two dogs"));
    CHECK_EQ(c.find("12.jpg").value_or(""), std::string("a caf\u00e9 at night"));  // without extension
    CHECK_EQ(c.find("13").value_or("").size(), size_t(3000));
    CHECK(!c.find("11").has_value());  // only .jpg is tried
    CHECK(!c.find("14").has_value());
    CHECK(!c.find("").has_value());
    Captions moved = std::move(c);  // the file stays open in the new owner
    CHECK_EQ(moved.find("11.png").value_or(""), std::string("two dogs"));

    std::ofstream(f, std::ios::binary) << "1.jpg :ok\nno separator here\n";
    CHECK_THROWS(ParseError, Captions(f.string()), ":2: expected '<image> :<caption>'");
    std::ofstream(f, std::ios::binary) << "1.jpg :ok\n{\"image_id\": 3}\n";
    CHECK_THROWS(ParseError, Captions(f.string()), ":2: expected an object with");
    fs::remove(f);
    CHECK_THROWS(ParseError, Captions(f.string()), "cannot open the captions file");
}

TEST(shared_other_corpora_read) {
    fs::path d = fs::path(mner_test::sharedDir()) / "data";
    if (!fs::exists(d / "conll2003/eng.train")) SKIP("no shared data");
    Document c = readDocument((d / "conll2003/eng.testa").string());
    CHECK(c.format == Format::Conll2003);
    CHECK(c.tweets.size() > 3000);
    for (const char *f : {"wnut16/train.conll", "wnut17/train.conll", "btc/train.conll"}) {
        ReadOptions o;
        o.typeMap = TypeMap::parse("wnut");
        Document w = readDocument((d / f).string(), o);
        CHECK(w.tweets.size() > 1000);
    }
    // each corpus comes back byte for byte in its own label set and layout (no type map)
    for (const char *f : {"conll2003/eng.testa", "wnut16/dev.conll", "wnut17/dev.conll", "btc/dev.conll"}) {
        std::string raw = slurp(d / f);
        Document doc = parseDocument(raw, f);
        bool same = write(doc) == raw;
        if (!same) std::fprintf(stderr, "%s does not round-trip\n", f);
        CHECK(same);
    }
    fs::path j = fs::path(mner_test::sharedDir()) / "images/twitter2015-samples/dev/tweets.jsonl";
    std::string bytes = slurp(j);
    Document jd = parseDocument(bytes, j.string());
    CHECK_EQ(jd.tweets.size(), size_t(5));
    CHECK(write(jd) == bytes);
}

#include "io/imagefiles.h"

#include <clocale>
#include <unistd.h>

// Ids are text: JSON numbers keep every digit (1234567 was once written 1.23457e+06).
TEST(numeric_json_ids_keep_every_digit) {
    std::string in = "{\"id\": 1234567, \"image_id\": 9007199254740993, \"tokens\": [\"a\"], \"label\": [\"O\"]}\n"
                     "{\"id\": 123456789012345678901234567890, \"image_id\": 7, \"tokens\": [\"b\"], \"label\": [\"O\"]}\n"
                     "{\"id\": -5, \"tokens\": [\"c\"], \"label\": [\"O\"]}\n";
    Document d = parseDocument(in, "ids.jsonl");
    CHECK_EQ(d.tweets.size(), size_t(3));
    CHECK_EQ(d.tweets[0].id, std::string("1234567"));
    CHECK_EQ(d.tweets[0].imageId, std::string("9007199254740993"));
    CHECK_EQ(d.tweets[1].id, std::string("123456789012345678901234567890"));
    CHECK_EQ(d.tweets[2].id, std::string("-5"));
    auto v = json::parse("[0.003, 2.5e-3, 17]");
    CHECK_EQ(v.array[0].number, 0.003);
    CHECK_EQ(v.array[1].numberText, std::string("2.5e-3"));
    CHECK_EQ(json::number(0.003), std::string("0.003"));
}

// The JSON reader and writer give the same numbers under a comma-decimal locale.
TEST(json_numbers_under_a_comma_locale) {
    std::string saved = std::setlocale(LC_ALL, nullptr);
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8")) SKIP("no de_DE.UTF-8 locale (setup.sh generates it)");
    auto v = json::parse("{\"lr\": 0.003, \"dropout\": 0.3}");
    CHECK_EQ(v.find("lr")->number, 0.003);
    CHECK_EQ(v.find("dropout")->number, 0.3);
    CHECK_EQ(json::number(0.3), std::string("0.3"));
    std::setlocale(LC_ALL, saved.c_str());
}

// An image id is a name inside the images folder, never a path out of it.
TEST(image_ids_stay_inside_the_images_folder) {
    fs::path root = fs::temp_directory_path() / ("mner-imgid-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "images");
    fs::create_directories(root / "secret");
    std::ofstream(root / "secret/s.jpg") << "secret";
    std::ofstream(root / "images/ok.jpg") << "jpeg";
    fs::create_symlink(root / "secret/s.jpg", root / "images/link.jpg");
    fs::create_symlink("ok.jpg", root / "images/inside.jpg");
    CHECK(findImageFile(root / "images", "ok").has_value());
    CHECK(findImageFile(root / "images", "inside").has_value());
    CHECK(!findImageFile(root / "images", "missing").has_value());
    CHECK_THROWS(std::invalid_argument, findImageFile(root / "images", "../secret/s"), "is a path");
    CHECK_THROWS(std::invalid_argument, findImageFile(root / "images", (root / "secret/s").string()), "is a path");
    CHECK_THROWS(std::invalid_argument, findImageFile(root / "images", ".."), "a folder");
    CHECK_THROWS(std::invalid_argument, findImageFile(root / "images", "a\\b"), "is a path");
    CHECK_THROWS(std::invalid_argument, findImageFile(root / "images", "link"), "leads out of the images folder");
    fs::remove_all(root);
}

// A model's types in a project's names: MISC = OTHER built in, more by spec, nothing invented.
TEST(type_aliases_map_a_models_types_onto_a_projects) {
    TypeAliases a;
    std::vector<std::string> conll = {"LOC", "MISC", "ORG", "PER"}, twitter = {"PER", "LOC", "ORG", "OTHER"};
    CHECK_EQ(a.to("OTHER", conll), std::string("MISC"));
    CHECK_EQ(a.to("MISC", twitter), std::string("OTHER"));
    CHECK_EQ(a.to("PER", conll), std::string("PER"));
    CHECK_EQ(a.to("OTHER", {}), std::string("OTHER"));  // a project without types takes the model's
    CHECK(a.tagsTo({"B-OTHER", "I-OTHER", "O", "B-PER"}, conll) == (std::vector<std::string>{"B-MISC", "I-MISC", "O", "B-PER"}));
    CHECK_EQ(a.to("geo-loc", twitter), std::string("geo-loc"));
    a.addSpec("geo-loc=LOC,person=PER");
    CHECK_EQ(a.to("geo-loc", twitter), std::string("LOC"));
    CHECK_EQ(a.to("PER", {"person"}), std::string("person"));
    CHECK_THROWS(std::invalid_argument, a.addSpec("LOC"), "expected A=B");
}

// CoNLL-2003 as written: -DOCSTART- lines, IOB1 (B- only between entities of one type), the
// blank lines at the end; BIO2 inside.
TEST(conll2003_documents_and_iob1_round_trip) {
    std::string in = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n"
                     "British JJ I-NP B-MISC\n\n-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n\n";
    Document d = parseDocument(in, "c.txt");
    CHECK(d.format == Format::Conll2003);
    CHECK_EQ(d.tweets.size(), size_t(2));
    CHECK(tagsOf(d.tweets[0]) == (std::vector<std::string>{"B-ORG", "O", "B-MISC", "B-MISC"}));
    CHECK(tagsOf(d.tweets[1]) == (std::vector<std::string>{"B-PER", "I-PER"}));
    CHECK_EQ(d.tweets[1].preamble, std::string("-DOCSTART- -X- O O"));
    CHECK_EQ(write(d), in);
    CHECK(bio2ToIob1({"B-LOC", "B-LOC", "I-LOC", "O", "B-PER"}) ==
          (std::vector<std::string>{"I-LOC", "B-LOC", "I-LOC", "O", "I-PER"}));
    // an empty token in a tab-separated file (the Broad Twitter Corpus has them)
    std::string btc = "a\tO\n\tO\nb\tB-PER\n";
    Document e = parseDocument(btc, "b.conll");
    CHECK_EQ(e.tweets[0].tokens.size(), size_t(3));
    CHECK_EQ(e.tweets[0].tokens[1].text, std::string(""));
    CHECK_EQ(write(e), btc);
}

// A file read a chunk at a time gives the tweets, line numbers, preambles and layout of reading
// it whole, for every format a chunk may cut, and errors name the same line.
TEST(chunked_reading_equals_whole_reading) {
    const fs::path dir = fs::temp_directory_path() / ("mner-chunks-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::vector<std::string> files = {
        "\xEF\xBB\xBFIMGID:1\r\nBob\tB-PER\r\nin\tO\r\n\r\nIMGID:2\r\nParis\tB-LOC\r\n\r\n\r\nIMGID:3\r\nhi\tO\r\n\r\n\r\n",
        "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP I-PER\n\n-DOCSTART- -X- -X- O\n\n"
        "Bonn NNP B-NP I-LOC\n",
        "a\tB-PER\nb\tO\n\n\nc\tB-LOC\n\nd\tO",
    };
    for (size_t f = 0; f < files.size(); ++f) {
        const fs::path p = dir / ("f" + std::to_string(f) + ".txt");
        std::ofstream(p, std::ios::binary) << files[f];
        const Document whole = readDocument(p.string());
        for (size_t per : {size_t(1), size_t(2), size_t(100)}) {
            Document joined;
            int chunks = 0;
            bool firstSeen = false, lastSeen = false;
            readDocumentChunks(p.string(), {}, per, [&](DocumentChunk &c) {
                ++chunks;
                CHECK_EQ(c.first, chunks == 1);
                firstSeen = firstSeen || c.first;
                if (c.first) joined.layout = c.doc.layout;
                if (c.last) {
                    lastSeen = true;
                    joined.layout.trailingBlank = c.doc.layout.trailingBlank;
                    joined.layout.finalNewline = c.doc.layout.finalNewline;
                }
                joined.format = c.doc.format;
                for (Tweet &t : c.doc.tweets) joined.tweets.push_back(std::move(t));
            });
            CHECK(firstSeen && lastSeen);
            CHECK(per > 2 || chunks > 1);
            CHECK_EQ(joined.tweets.size(), whole.tweets.size());
            for (size_t i = 0; i < whole.tweets.size() && i < joined.tweets.size(); ++i) {
                CHECK_EQ(joined.tweets[i].id, whole.tweets[i].id);
                CHECK_EQ(joined.tweets[i].line, whole.tweets[i].line);
                CHECK_EQ(joined.tweets[i].preamble, whole.tweets[i].preamble);
                CHECK(tagsOf(joined.tweets[i]) == tagsOf(whole.tweets[i]));
            }
            joined.file = whole.file;
            CHECK_EQ(write(joined), write(whole));  // the layout too: BOM, CR LF, trailing lines
        }
        CHECK_EQ(countTweetGroups(p.string()), whole.tweets.size());
    }
    {  // over a megabyte: lines cross the blocks countTweetGroups reads
        const fs::path big = dir / "big.txt";
        std::string text;
        size_t tweets = 0;
        for (; text.size() < (5u << 19); ++tweets)
            text += "IMGID:" + std::to_string(tweets) + "\nw" + std::string(tweets % 37, 'x') + "\tO\n \r\n";
        std::ofstream(big, std::ios::binary) << text << "IMGID:last\nw\tO";  // no final newline
        CHECK_EQ(countTweetGroups(big.string()), tweets + 1);
        CHECK_EQ(readDocument(big.string()).tweets.size(), tweets + 1);
    }
    // an error in a later chunk names the file's own line
    const fs::path bad = dir / "bad.txt";
    std::ofstream(bad, std::ios::binary) << "IMGID:1\na\tO\n\nIMGID:2\nb\tO\n\nIMGID:3\nc\tX-PER\n";
    int lineWhole = -1, lineChunked = -2;
    try {
        readDocument(bad.string());
    } catch (const ParseError &e) { lineWhole = e.line(); }
    try {
        readDocumentChunks(bad.string(), {}, 1, [](DocumentChunk &) {});
    } catch (const ParseError &e) { lineChunked = e.line(); }
    CHECK_EQ(lineWhole, 8);
    CHECK_EQ(lineChunked, lineWhole);
    fs::remove_all(dir);
}
