#include "check.h"

#include "text/tags.h"
#include "text/utf8.h"

using namespace mner;

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

TEST(utf8_validation) {
    CHECK_EQ(firstInvalidUtf8("plain ascii"), std::string_view::npos);
    CHECK_EQ(firstInvalidUtf8("caf\xC3\xA9"), std::string_view::npos);
    CHECK_EQ(firstInvalidUtf8("ab\xC3"), size_t(2));             // truncated sequence
    CHECK_EQ(firstInvalidUtf8("\xC0\xAF"), size_t(0));           // overlong
    CHECK_EQ(firstInvalidUtf8("x\xED\xA0\x80"), size_t(1));      // surrogate
    CHECK_EQ(firstInvalidUtf8("\xF4\x90\x80\x80"), size_t(0));   // above U+10FFFF
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
