#include "bibtex/latex_to_unicode.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/html_escape.h"
#include "core/html_sanitizer.h"

namespace folio {
namespace {

// ---- command table -------------------------------------------------------------

enum class Kind {
  letter,       // \ss, \o: a letter; like TeX, the spaces after it are skipped
  symbol,       // \textendash: a character glued to its neighbours
  word,         // \LaTeX, \ldots, \alpha: output that keeps the space after it
  space,        // \quad, \par: white space
  accent,       // \v, \c: puts a mark on the next character
  tagged,       // \textit{x}: the argument inside HTML tags (just x as text)
  wrapper,      // \frac{a}{b}, \sqrt{x}: the argument between visible text
  declaration,  // {\em x}: a style (or nothing) up to the end of the group
  verbatim,     // \url{x}: the argument exactly as written
  link,         // \href{url}{text}: the text
  dropped,      // \noopsort{x}, \label{x}: an argument no reader should see
};

struct Command {
  std::string_view name;
  Kind kind;
  std::string_view open;   // the output; for accents the mark on its own
  std::string_view close;  // tagged, wrapper, declaration: what ends the group
  char32_t mark;           // accent: the combining character
};

constexpr Command letter(std::string_view name, std::string_view text) {
  return {name, Kind::letter, text, {}, 0};
}
constexpr Command symbol(std::string_view name, std::string_view text) {
  return {name, Kind::symbol, text, {}, 0};
}
constexpr Command word(std::string_view name, std::string_view text) {
  return {name, Kind::word, text, {}, 0};
}
constexpr Command space(std::string_view name) { return {name, Kind::space, {}, {}, 0}; }
constexpr Command accent(std::string_view name, char32_t mark, std::string_view alone) {
  return {name, Kind::accent, alone, {}, mark};
}
constexpr Command tagged(std::string_view name, std::string_view open, std::string_view close) {
  return {name, Kind::tagged, open, close, 0};
}
constexpr Command wrapper(std::string_view name, std::string_view open, std::string_view close) {
  return {name, Kind::wrapper, open, close, 0};
}
constexpr Command declaration(std::string_view name, std::string_view open,
                              std::string_view close) {
  return {name, Kind::declaration, open, close, 0};
}
constexpr Command verbatim(std::string_view name) { return {name, Kind::verbatim, {}, {}, 0}; }
constexpr Command link(std::string_view name) { return {name, Kind::link, {}, {}, 0}; }
constexpr Command dropped(std::string_view name) { return {name, Kind::dropped, {}, {}, 0}; }

// Sorted by name (byte order) for binary search; checked below.
constexpr Command kCommands[] = {
    letter("AA", "Å"),
    letter("AE", "Æ"),
    word("BibTeX", "BibTeX"),
    letter("DH", "Ð"),
    letter("DJ", "Đ"),
    word("Delta", "Δ"),
    word("Gamma", "Γ"),
    accent("H", 0x30B, "˝"),
    declaration("Huge", "", ""),
    letter("L", "Ł"),
    declaration("LARGE", "", ""),
    word("LaTeX", "LaTeX"),
    word("LaTeXe", "LaTeX2e"),
    word("Lambda", "Λ"),
    declaration("Large", "", ""),
    word("Leftarrow", "⇐"),
    letter("NG", "Ŋ"),
    letter("O", "Ø"),
    letter("OE", "Œ"),
    word("Omega", "Ω"),
    symbol("P", "¶"),
    word("Phi", "Φ"),
    word("Pi", "Π"),
    word("Psi", "Ψ"),
    word("Rightarrow", "⇒"),
    symbol("S", "§"),
    letter("SS", "SS"),
    word("Sigma", "Σ"),
    dropped("SortNoop"),
    letter("TH", "Þ"),
    word("TeX", "TeX"),
    word("Theta", "Θ"),
    word("Upsilon", "Υ"),
    word("Xi", "Ξ"),
    letter("aa", "å"),
    letter("ae", "æ"),
    word("alpha", "α"),
    word("approx", "≈"),
    word("ast", "∗"),
    accent("b", 0x331, "ˍ"),
    word("beta", "β"),
    declaration("bf", "<strong>", "</strong>"),
    declaration("bfseries", "<strong>", "</strong>"),
    tagged("bm", "<strong>", "</strong>"),
    tagged("boldsymbol", "<strong>", "</strong>"),
    word("bullet", "•"),
    accent("c", 0x327, "¸"),
    word("cap", "∩"),
    word("cdot", "·"),
    word("cdots", "⋯"),
    declaration("centering", "", ""),
    word("checkmark", "✓"),
    word("chi", "χ"),
    word("circ", "∘"),
    dropped("cite"),
    dropped("citep"),
    dropped("citet"),
    symbol("copyright", "©"),
    word("cup", "∪"),
    accent("d", 0x323, "."),
    symbol("dag", "†"),
    symbol("ddag", "‡"),
    word("degree", "°"),
    word("delta", "δ"),
    letter("dh", "ð"),
    declaration("displaystyle", "", ""),
    word("div", "÷"),
    letter("dj", "đ"),
    word("dots", "…"),
    word("ell", "ℓ"),
    declaration("em", "<em>", "</em>"),
    tagged("emph", "<em>", "</em>"),
    word("emptyset", "∅"),
    space("enspace"),
    word("epsilon", "ϵ"),
    dropped("eqref"),
    word("equiv", "≡"),
    word("eta", "η"),
    symbol("euro", "€"),
    word("exists", "∃"),
    declaration("footnotesize", "", ""),
    word("forall", "∀"),
    wrapper("frac", "", "/"),
    word("gamma", "γ"),
    word("ge", "≥"),
    word("geq", "≥"),
    word("gg", "≫"),
    symbol("guillemotleft", "«"),
    symbol("guillemotright", "»"),
    symbol("guilsinglleft", "‹"),
    symbol("guilsinglright", "›"),
    word("hbar", "ℏ"),
    link("href"),
    dropped("hspace"),
    declaration("huge", "", ""),
    letter("i", "ı"),
    word("in", "∈"),
    dropped("index"),
    word("infty", "∞"),
    word("int", "∫"),
    word("iota", "ι"),
    declaration("it", "<em>", "</em>"),
    declaration("itshape", "<em>", "</em>"),
    letter("j", "ȷ"),
    accent("k", 0x328, "˛"),
    word("kappa", "κ"),
    letter("l", "ł"),
    dropped("label"),
    word("lambda", "λ"),
    word("langle", "⟨"),
    declaration("large", "", ""),
    word("ldots", "…"),
    word("le", "≤"),
    declaration("left", "", ""),
    word("leftarrow", "←"),
    word("leftrightarrow", "↔"),
    word("leq", "≤"),
    space("linebreak"),
    word("ll", "≪"),
    word("mapsto", "↦"),
    tagged("mathbf", "<strong>", "</strong>"),
    tagged("mathit", "<em>", "</em>"),
    declaration("mdseries", "", ""),
    word("mid", "∣"),
    word("mp", "∓"),
    word("mu", "μ"),
    word("nabla", "∇"),
    word("ne", "≠"),
    word("neg", "¬"),
    word("neq", "≠"),
    space("newline"),
    letter("ng", "ŋ"),
    symbol("nobreakspace", "\xC2\xA0"),
    declaration("noindent", "", ""),
    declaration("nolinebreak", "", ""),
    dropped("noopsort"),
    declaration("normalfont", "", ""),
    declaration("normalsize", "", ""),
    word("notin", "∉"),
    word("nu", "ν"),
    declaration("null", "", ""),
    letter("o", "ø"),
    letter("oe", "œ"),
    word("omega", "ω"),
    word("oplus", "⊕"),
    word("otimes", "⊗"),
    space("par"),
    word("partial", "∂"),
    verbatim("path"),
    word("perp", "⊥"),
    word("phi", "ϕ"),
    word("pi", "π"),
    word("pm", "±"),
    symbol("pounds", "£"),
    word("prime", "′"),
    word("prod", "∏"),
    word("propto", "∝"),
    declaration("protect", "", ""),
    word("psi", "ψ"),
    space("qquad"),
    space("quad"),
    symbol("quotedblbase", "„"),
    accent("r", 0x30A, "˚"),
    word("rangle", "⟩"),
    dropped("ref"),
    declaration("relax", "", ""),
    word("rho", "ρ"),
    declaration("right", "", ""),
    word("rightarrow", "→"),
    declaration("rm", "", ""),
    declaration("rmfamily", "", ""),
    declaration("sc", "", ""),
    declaration("scriptsize", "", ""),
    declaration("scshape", "", ""),
    declaration("selectfont", "", ""),
    word("setminus", "∖"),
    declaration("sf", "", ""),
    declaration("sffamily", "", ""),
    word("sigma", "σ"),
    word("sim", "∼"),
    word("simeq", "≃"),
    declaration("sl", "<em>", "</em>"),
    symbol("slash", "/"),
    declaration("slshape", "<em>", "</em>"),
    declaration("small", "", ""),
    dropped("sortnoop"),
    space("space"),
    wrapper("sqrt", "√", ""),
    letter("ss", "ß"),
    word("star", "⋆"),
    word("subset", "⊂"),
    word("subseteq", "⊆"),
    word("sum", "∑"),
    word("supset", "⊃"),
    word("supseteq", "⊇"),
    accent("t", 0x361, ""),
    word("tau", "τ"),
    symbol("textasciicircum", "^"),
    symbol("textasciitilde", "~"),
    symbol("textasteriskcentered", "*"),
    symbol("textbackslash", "\\"),
    symbol("textbar", "|"),
    tagged("textbf", "<strong>", "</strong>"),
    symbol("textbraceleft", "{"),
    symbol("textbraceright", "}"),
    symbol("textbullet", "•"),
    symbol("textcent", "¢"),
    symbol("textcopyright", "©"),
    symbol("textdagger", "†"),
    symbol("textdaggerdbl", "‡"),
    symbol("textdegree", "°"),
    symbol("textdollar", "$"),
    word("textellipsis", "…"),
    symbol("textemdash", "—"),
    symbol("textendash", "–"),
    symbol("texteuro", "€"),
    symbol("textexclamdown", "¡"),
    symbol("textgreater", ">"),
    tagged("textit", "<em>", "</em>"),
    symbol("textless", "<"),
    symbol("textmu", "µ"),
    symbol("textonehalf", "½"),
    symbol("textonequarter", "¼"),
    symbol("textordfeminine", "ª"),
    symbol("textordmasculine", "º"),
    symbol("textparagraph", "¶"),
    symbol("textperiodcentered", "·"),
    symbol("textquestiondown", "¿"),
    symbol("textquotedbl", "\""),
    symbol("textquotedblleft", "“"),
    symbol("textquotedblright", "”"),
    symbol("textquoteleft", "‘"),
    symbol("textquoteright", "’"),
    symbol("textquotesingle", "'"),
    symbol("textregistered", "®"),
    symbol("textsection", "§"),
    tagged("textsl", "<em>", "</em>"),
    symbol("textsterling", "£"),
    declaration("textstyle", "", ""),
    tagged("textsubscript", "<sub>", "</sub>"),
    tagged("textsuperscript", "<sup>", "</sup>"),
    symbol("textthreequarters", "¾"),
    symbol("texttrademark", "™"),
    symbol("textunderscore", "_"),
    symbol("textyen", "¥"),
    letter("th", "þ"),
    word("theta", "θ"),
    space("thinspace"),
    word("times", "×"),
    declaration("tiny", "", ""),
    word("to", "→"),
    declaration("tt", "", ""),
    declaration("ttfamily", "", ""),
    accent("u", 0x306, "˘"),
    declaration("unskip", "", ""),
    declaration("upshape", "", ""),
    word("upsilon", "υ"),
    verbatim("url"),
    accent("v", 0x30C, "ˇ"),
    word("varepsilon", "ε"),
    word("varphi", "φ"),
    word("varpi", "ϖ"),
    word("varrho", "ϱ"),
    word("varsigma", "ς"),
    word("vartheta", "ϑ"),
    word("vee", "∨"),
    dropped("vspace"),
    word("wedge", "∧"),
    word("xi", "ξ"),
    declaration("xspace", "", ""),
    word("zeta", "ζ"),
};

template <typename Entry, size_t size, typename Less>
constexpr bool is_sorted_table(const Entry (&table)[size], Less less) {
  for (size_t i = 1; i < size; ++i) {
    if (!less(table[i - 1], table[i])) return false;
  }
  return true;
}

constexpr bool command_less(const Command& a, const Command& b) { return a.name < b.name; }
static_assert(is_sorted_table(kCommands, command_less), "kCommands must be sorted by name");

const Command* find_command(std::string_view name) {
  const auto it = std::lower_bound(
      std::begin(kCommands), std::end(kCommands), name,
      [](const Command& command, std::string_view key) { return command.name < key; });
  return it != std::end(kCommands) && it->name == name ? &*it : nullptr;
}

// The accents written as a backslash and a symbol: \'e, \"u, \^o, ...
const Command* find_symbol_accent(char c) {
  static constexpr Command accents[] = {
      accent("`", 0x300, "`"),       accent("'", 0x301, "\xC2\xB4"), accent("^", 0x302, "^"),
      accent("~", 0x303, "~"),       accent("=", 0x304, "\xC2\xAF"), accent(".", 0x307, "\xCB\x99"),
      accent("\"", 0x308, "\xC2\xA8"),
  };
  for (const Command& a : accents) {
    if (a.name[0] == c) return &a;
  }
  return nullptr;
}

// ---- composition ---------------------------------------------------------------

// Letter + combining mark -> precomposed character, for every Latin letter in
// Unicode (14.0) that decomposes canonically into one letter and one of the
// marks above, so output is NFC. Generated from UnicodeData; sorted by (base, mark).
struct Composition {
  uint16_t base;
  uint16_t mark;
  uint16_t composed;
};

constexpr Composition kCompositions[] = {
    {0x41, 0x300, 0xC0}, {0x41, 0x301, 0xC1}, {0x41, 0x302, 0xC2}, {0x41, 0x303, 0xC3},
    {0x41, 0x304, 0x100}, {0x41, 0x306, 0x102}, {0x41, 0x307, 0x226}, {0x41, 0x308, 0xC4},
    {0x41, 0x30A, 0xC5}, {0x41, 0x30C, 0x1CD}, {0x41, 0x323, 0x1EA0}, {0x41, 0x328, 0x104},
    {0x42, 0x307, 0x1E02}, {0x42, 0x323, 0x1E04}, {0x42, 0x331, 0x1E06}, {0x43, 0x301, 0x106},
    {0x43, 0x302, 0x108}, {0x43, 0x307, 0x10A}, {0x43, 0x30C, 0x10C}, {0x43, 0x327, 0xC7},
    {0x44, 0x307, 0x1E0A}, {0x44, 0x30C, 0x10E}, {0x44, 0x323, 0x1E0C}, {0x44, 0x327, 0x1E10},
    {0x44, 0x331, 0x1E0E}, {0x45, 0x300, 0xC8}, {0x45, 0x301, 0xC9}, {0x45, 0x302, 0xCA},
    {0x45, 0x303, 0x1EBC}, {0x45, 0x304, 0x112}, {0x45, 0x306, 0x114}, {0x45, 0x307, 0x116},
    {0x45, 0x308, 0xCB}, {0x45, 0x30C, 0x11A}, {0x45, 0x323, 0x1EB8}, {0x45, 0x327, 0x228},
    {0x45, 0x328, 0x118}, {0x46, 0x307, 0x1E1E}, {0x47, 0x301, 0x1F4}, {0x47, 0x302, 0x11C},
    {0x47, 0x304, 0x1E20}, {0x47, 0x306, 0x11E}, {0x47, 0x307, 0x120}, {0x47, 0x30C, 0x1E6},
    {0x47, 0x327, 0x122}, {0x48, 0x302, 0x124}, {0x48, 0x307, 0x1E22}, {0x48, 0x308, 0x1E26},
    {0x48, 0x30C, 0x21E}, {0x48, 0x323, 0x1E24}, {0x48, 0x327, 0x1E28}, {0x49, 0x300, 0xCC},
    {0x49, 0x301, 0xCD}, {0x49, 0x302, 0xCE}, {0x49, 0x303, 0x128}, {0x49, 0x304, 0x12A},
    {0x49, 0x306, 0x12C}, {0x49, 0x307, 0x130}, {0x49, 0x308, 0xCF}, {0x49, 0x30C, 0x1CF},
    {0x49, 0x323, 0x1ECA}, {0x49, 0x328, 0x12E}, {0x4A, 0x302, 0x134}, {0x4B, 0x301, 0x1E30},
    {0x4B, 0x30C, 0x1E8}, {0x4B, 0x323, 0x1E32}, {0x4B, 0x327, 0x136}, {0x4B, 0x331, 0x1E34},
    {0x4C, 0x301, 0x139}, {0x4C, 0x30C, 0x13D}, {0x4C, 0x323, 0x1E36}, {0x4C, 0x327, 0x13B},
    {0x4C, 0x331, 0x1E3A}, {0x4D, 0x301, 0x1E3E}, {0x4D, 0x307, 0x1E40}, {0x4D, 0x323, 0x1E42},
    {0x4E, 0x300, 0x1F8}, {0x4E, 0x301, 0x143}, {0x4E, 0x303, 0xD1}, {0x4E, 0x307, 0x1E44},
    {0x4E, 0x30C, 0x147}, {0x4E, 0x323, 0x1E46}, {0x4E, 0x327, 0x145}, {0x4E, 0x331, 0x1E48},
    {0x4F, 0x300, 0xD2}, {0x4F, 0x301, 0xD3}, {0x4F, 0x302, 0xD4}, {0x4F, 0x303, 0xD5},
    {0x4F, 0x304, 0x14C}, {0x4F, 0x306, 0x14E}, {0x4F, 0x307, 0x22E}, {0x4F, 0x308, 0xD6},
    {0x4F, 0x30B, 0x150}, {0x4F, 0x30C, 0x1D1}, {0x4F, 0x323, 0x1ECC}, {0x4F, 0x328, 0x1EA},
    {0x50, 0x301, 0x1E54}, {0x50, 0x307, 0x1E56}, {0x52, 0x301, 0x154}, {0x52, 0x307, 0x1E58},
    {0x52, 0x30C, 0x158}, {0x52, 0x323, 0x1E5A}, {0x52, 0x327, 0x156}, {0x52, 0x331, 0x1E5E},
    {0x53, 0x301, 0x15A}, {0x53, 0x302, 0x15C}, {0x53, 0x307, 0x1E60}, {0x53, 0x30C, 0x160},
    {0x53, 0x323, 0x1E62}, {0x53, 0x327, 0x15E}, {0x54, 0x307, 0x1E6A}, {0x54, 0x30C, 0x164},
    {0x54, 0x323, 0x1E6C}, {0x54, 0x327, 0x162}, {0x54, 0x331, 0x1E6E}, {0x55, 0x300, 0xD9},
    {0x55, 0x301, 0xDA}, {0x55, 0x302, 0xDB}, {0x55, 0x303, 0x168}, {0x55, 0x304, 0x16A},
    {0x55, 0x306, 0x16C}, {0x55, 0x308, 0xDC}, {0x55, 0x30A, 0x16E}, {0x55, 0x30B, 0x170},
    {0x55, 0x30C, 0x1D3}, {0x55, 0x323, 0x1EE4}, {0x55, 0x328, 0x172}, {0x56, 0x303, 0x1E7C},
    {0x56, 0x323, 0x1E7E}, {0x57, 0x300, 0x1E80}, {0x57, 0x301, 0x1E82}, {0x57, 0x302, 0x174},
    {0x57, 0x307, 0x1E86}, {0x57, 0x308, 0x1E84}, {0x57, 0x323, 0x1E88}, {0x58, 0x307, 0x1E8A},
    {0x58, 0x308, 0x1E8C}, {0x59, 0x300, 0x1EF2}, {0x59, 0x301, 0xDD}, {0x59, 0x302, 0x176},
    {0x59, 0x303, 0x1EF8}, {0x59, 0x304, 0x232}, {0x59, 0x307, 0x1E8E}, {0x59, 0x308, 0x178},
    {0x59, 0x323, 0x1EF4}, {0x5A, 0x301, 0x179}, {0x5A, 0x302, 0x1E90}, {0x5A, 0x307, 0x17B},
    {0x5A, 0x30C, 0x17D}, {0x5A, 0x323, 0x1E92}, {0x5A, 0x331, 0x1E94}, {0x61, 0x300, 0xE0},
    {0x61, 0x301, 0xE1}, {0x61, 0x302, 0xE2}, {0x61, 0x303, 0xE3}, {0x61, 0x304, 0x101},
    {0x61, 0x306, 0x103}, {0x61, 0x307, 0x227}, {0x61, 0x308, 0xE4}, {0x61, 0x30A, 0xE5},
    {0x61, 0x30C, 0x1CE}, {0x61, 0x323, 0x1EA1}, {0x61, 0x328, 0x105}, {0x62, 0x307, 0x1E03},
    {0x62, 0x323, 0x1E05}, {0x62, 0x331, 0x1E07}, {0x63, 0x301, 0x107}, {0x63, 0x302, 0x109},
    {0x63, 0x307, 0x10B}, {0x63, 0x30C, 0x10D}, {0x63, 0x327, 0xE7}, {0x64, 0x307, 0x1E0B},
    {0x64, 0x30C, 0x10F}, {0x64, 0x323, 0x1E0D}, {0x64, 0x327, 0x1E11}, {0x64, 0x331, 0x1E0F},
    {0x65, 0x300, 0xE8}, {0x65, 0x301, 0xE9}, {0x65, 0x302, 0xEA}, {0x65, 0x303, 0x1EBD},
    {0x65, 0x304, 0x113}, {0x65, 0x306, 0x115}, {0x65, 0x307, 0x117}, {0x65, 0x308, 0xEB},
    {0x65, 0x30C, 0x11B}, {0x65, 0x323, 0x1EB9}, {0x65, 0x327, 0x229}, {0x65, 0x328, 0x119},
    {0x66, 0x307, 0x1E1F}, {0x67, 0x301, 0x1F5}, {0x67, 0x302, 0x11D}, {0x67, 0x304, 0x1E21},
    {0x67, 0x306, 0x11F}, {0x67, 0x307, 0x121}, {0x67, 0x30C, 0x1E7}, {0x67, 0x327, 0x123},
    {0x68, 0x302, 0x125}, {0x68, 0x307, 0x1E23}, {0x68, 0x308, 0x1E27}, {0x68, 0x30C, 0x21F},
    {0x68, 0x323, 0x1E25}, {0x68, 0x327, 0x1E29}, {0x68, 0x331, 0x1E96}, {0x69, 0x300, 0xEC},
    {0x69, 0x301, 0xED}, {0x69, 0x302, 0xEE}, {0x69, 0x303, 0x129}, {0x69, 0x304, 0x12B},
    {0x69, 0x306, 0x12D}, {0x69, 0x308, 0xEF}, {0x69, 0x30C, 0x1D0}, {0x69, 0x323, 0x1ECB},
    {0x69, 0x328, 0x12F}, {0x6A, 0x302, 0x135}, {0x6A, 0x30C, 0x1F0}, {0x6B, 0x301, 0x1E31},
    {0x6B, 0x30C, 0x1E9}, {0x6B, 0x323, 0x1E33}, {0x6B, 0x327, 0x137}, {0x6B, 0x331, 0x1E35},
    {0x6C, 0x301, 0x13A}, {0x6C, 0x30C, 0x13E}, {0x6C, 0x323, 0x1E37}, {0x6C, 0x327, 0x13C},
    {0x6C, 0x331, 0x1E3B}, {0x6D, 0x301, 0x1E3F}, {0x6D, 0x307, 0x1E41}, {0x6D, 0x323, 0x1E43},
    {0x6E, 0x300, 0x1F9}, {0x6E, 0x301, 0x144}, {0x6E, 0x303, 0xF1}, {0x6E, 0x307, 0x1E45},
    {0x6E, 0x30C, 0x148}, {0x6E, 0x323, 0x1E47}, {0x6E, 0x327, 0x146}, {0x6E, 0x331, 0x1E49},
    {0x6F, 0x300, 0xF2}, {0x6F, 0x301, 0xF3}, {0x6F, 0x302, 0xF4}, {0x6F, 0x303, 0xF5},
    {0x6F, 0x304, 0x14D}, {0x6F, 0x306, 0x14F}, {0x6F, 0x307, 0x22F}, {0x6F, 0x308, 0xF6},
    {0x6F, 0x30B, 0x151}, {0x6F, 0x30C, 0x1D2}, {0x6F, 0x323, 0x1ECD}, {0x6F, 0x328, 0x1EB},
    {0x70, 0x301, 0x1E55}, {0x70, 0x307, 0x1E57}, {0x72, 0x301, 0x155}, {0x72, 0x307, 0x1E59},
    {0x72, 0x30C, 0x159}, {0x72, 0x323, 0x1E5B}, {0x72, 0x327, 0x157}, {0x72, 0x331, 0x1E5F},
    {0x73, 0x301, 0x15B}, {0x73, 0x302, 0x15D}, {0x73, 0x307, 0x1E61}, {0x73, 0x30C, 0x161},
    {0x73, 0x323, 0x1E63}, {0x73, 0x327, 0x15F}, {0x74, 0x307, 0x1E6B}, {0x74, 0x308, 0x1E97},
    {0x74, 0x30C, 0x165}, {0x74, 0x323, 0x1E6D}, {0x74, 0x327, 0x163}, {0x74, 0x331, 0x1E6F},
    {0x75, 0x300, 0xF9}, {0x75, 0x301, 0xFA}, {0x75, 0x302, 0xFB}, {0x75, 0x303, 0x169},
    {0x75, 0x304, 0x16B}, {0x75, 0x306, 0x16D}, {0x75, 0x308, 0xFC}, {0x75, 0x30A, 0x16F},
    {0x75, 0x30B, 0x171}, {0x75, 0x30C, 0x1D4}, {0x75, 0x323, 0x1EE5}, {0x75, 0x328, 0x173},
    {0x76, 0x303, 0x1E7D}, {0x76, 0x323, 0x1E7F}, {0x77, 0x300, 0x1E81}, {0x77, 0x301, 0x1E83},
    {0x77, 0x302, 0x175}, {0x77, 0x307, 0x1E87}, {0x77, 0x308, 0x1E85}, {0x77, 0x30A, 0x1E98},
    {0x77, 0x323, 0x1E89}, {0x78, 0x307, 0x1E8B}, {0x78, 0x308, 0x1E8D}, {0x79, 0x300, 0x1EF3},
    {0x79, 0x301, 0xFD}, {0x79, 0x302, 0x177}, {0x79, 0x303, 0x1EF9}, {0x79, 0x304, 0x233},
    {0x79, 0x307, 0x1E8F}, {0x79, 0x308, 0xFF}, {0x79, 0x30A, 0x1E99}, {0x79, 0x323, 0x1EF5},
    {0x7A, 0x301, 0x17A}, {0x7A, 0x302, 0x1E91}, {0x7A, 0x307, 0x17C}, {0x7A, 0x30C, 0x17E},
    {0x7A, 0x323, 0x1E93}, {0x7A, 0x331, 0x1E95}, {0xC2, 0x300, 0x1EA6}, {0xC2, 0x301, 0x1EA4},
    {0xC2, 0x303, 0x1EAA}, {0xC4, 0x304, 0x1DE}, {0xC5, 0x301, 0x1FA}, {0xC6, 0x301, 0x1FC},
    {0xC6, 0x304, 0x1E2}, {0xC7, 0x301, 0x1E08}, {0xCA, 0x300, 0x1EC0}, {0xCA, 0x301, 0x1EBE},
    {0xCA, 0x303, 0x1EC4}, {0xCF, 0x301, 0x1E2E}, {0xD4, 0x300, 0x1ED2}, {0xD4, 0x301, 0x1ED0},
    {0xD4, 0x303, 0x1ED6}, {0xD5, 0x301, 0x1E4C}, {0xD5, 0x304, 0x22C}, {0xD5, 0x308, 0x1E4E},
    {0xD6, 0x304, 0x22A}, {0xD8, 0x301, 0x1FE}, {0xDC, 0x300, 0x1DB}, {0xDC, 0x301, 0x1D7},
    {0xDC, 0x304, 0x1D5}, {0xDC, 0x30C, 0x1D9}, {0xE2, 0x300, 0x1EA7}, {0xE2, 0x301, 0x1EA5},
    {0xE2, 0x303, 0x1EAB}, {0xE4, 0x304, 0x1DF}, {0xE5, 0x301, 0x1FB}, {0xE6, 0x301, 0x1FD},
    {0xE6, 0x304, 0x1E3}, {0xE7, 0x301, 0x1E09}, {0xEA, 0x300, 0x1EC1}, {0xEA, 0x301, 0x1EBF},
    {0xEA, 0x303, 0x1EC5}, {0xEF, 0x301, 0x1E2F}, {0xF4, 0x300, 0x1ED3}, {0xF4, 0x301, 0x1ED1},
    {0xF4, 0x303, 0x1ED7}, {0xF5, 0x301, 0x1E4D}, {0xF5, 0x304, 0x22D}, {0xF5, 0x308, 0x1E4F},
    {0xF6, 0x304, 0x22B}, {0xF8, 0x301, 0x1FF}, {0xFC, 0x300, 0x1DC}, {0xFC, 0x301, 0x1D8},
    {0xFC, 0x304, 0x1D6}, {0xFC, 0x30C, 0x1DA}, {0x102, 0x300, 0x1EB0}, {0x102, 0x301, 0x1EAE},
    {0x102, 0x303, 0x1EB4}, {0x103, 0x300, 0x1EB1}, {0x103, 0x301, 0x1EAF}, {0x103, 0x303, 0x1EB5},
    {0x112, 0x300, 0x1E14}, {0x112, 0x301, 0x1E16}, {0x113, 0x300, 0x1E15}, {0x113, 0x301, 0x1E17},
    {0x14C, 0x300, 0x1E50}, {0x14C, 0x301, 0x1E52}, {0x14D, 0x300, 0x1E51}, {0x14D, 0x301, 0x1E53},
    {0x15A, 0x307, 0x1E64}, {0x15B, 0x307, 0x1E65}, {0x160, 0x307, 0x1E66}, {0x161, 0x307, 0x1E67},
    {0x168, 0x301, 0x1E78}, {0x169, 0x301, 0x1E79}, {0x16A, 0x308, 0x1E7A}, {0x16B, 0x308, 0x1E7B},
    {0x17F, 0x307, 0x1E9B}, {0x1A0, 0x300, 0x1EDC}, {0x1A0, 0x301, 0x1EDA}, {0x1A0, 0x303, 0x1EE0},
    {0x1A0, 0x323, 0x1EE2}, {0x1A1, 0x300, 0x1EDD}, {0x1A1, 0x301, 0x1EDB}, {0x1A1, 0x303, 0x1EE1},
    {0x1A1, 0x323, 0x1EE3}, {0x1AF, 0x300, 0x1EEA}, {0x1AF, 0x301, 0x1EE8}, {0x1AF, 0x303, 0x1EEE},
    {0x1AF, 0x323, 0x1EF0}, {0x1B0, 0x300, 0x1EEB}, {0x1B0, 0x301, 0x1EE9}, {0x1B0, 0x303, 0x1EEF},
    {0x1B0, 0x323, 0x1EF1}, {0x1B7, 0x30C, 0x1EE}, {0x1EA, 0x304, 0x1EC}, {0x1EB, 0x304, 0x1ED},
    {0x226, 0x304, 0x1E0}, {0x227, 0x304, 0x1E1}, {0x228, 0x306, 0x1E1C}, {0x229, 0x306, 0x1E1D},
    {0x22E, 0x304, 0x230}, {0x22F, 0x304, 0x231}, {0x1E36, 0x304, 0x1E38}, {0x1E37, 0x304, 0x1E39},
    {0x1E5A, 0x304, 0x1E5C}, {0x1E5B, 0x304, 0x1E5D}, {0x1E62, 0x307, 0x1E68},
    {0x1E63, 0x307, 0x1E69}, {0x1EA0, 0x302, 0x1EAC}, {0x1EA0, 0x306, 0x1EB6},
    {0x1EA1, 0x302, 0x1EAD}, {0x1EA1, 0x306, 0x1EB7}, {0x1EB8, 0x302, 0x1EC6},
    {0x1EB9, 0x302, 0x1EC7}, {0x1ECC, 0x302, 0x1ED8}, {0x1ECD, 0x302, 0x1ED9},
};

constexpr bool composition_less(const Composition& a, const Composition& b) {
  return a.base != b.base ? a.base < b.base : a.mark < b.mark;
}
static_assert(is_sorted_table(kCompositions, composition_less),
              "kCompositions must be sorted by (base, mark)");

// The precomposed character, or 0 when Unicode has none.
char32_t compose(char32_t base, char32_t mark) {
  const Composition key{static_cast<uint16_t>(base), static_cast<uint16_t>(mark), 0};
  if (base > 0xFFFF || mark > 0xFFFF) return 0;
  const auto it = std::lower_bound(std::begin(kCompositions), std::end(kCompositions), key,
                                   composition_less);
  if (it == std::end(kCompositions) || it->base != base || it->mark != mark) return 0;
  return it->composed;
}

// ---- UTF-8 ---------------------------------------------------------------------

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Length of the UTF-8 sequence starting at text[0]; 1 for a stray byte, so
// arbitrary bytes pass through one at a time.
size_t utf8_length(std::string_view text) {
  const auto lead = static_cast<unsigned char>(text[0]);
  const size_t length = lead < 0xC0 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  if (length > text.size()) return 1;
  for (size_t i = 1; i < length; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return 1;
  }
  return length;
}

// The code point of a sequence utf8_length() accepted; 0 for a stray byte.
char32_t decode_utf8(std::string_view sequence) {
  const auto lead = static_cast<unsigned char>(sequence[0]);
  if (sequence.size() == 1) return lead < 0x80 ? lead : 0;
  char32_t cp = lead & (0x7F >> sequence.size());
  for (size_t i = 1; i < sequence.size(); ++i) {
    cp = (cp << 6) | (static_cast<unsigned char>(sequence[i]) & 0x3F);
  }
  return cp;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// ---- HTML in values ------------------------------------------------------------

// The inline elements authors put in BibTeX values; sorted.
constexpr std::string_view kHtmlTags[] = {"a",    "abbr", "b",   "br",     "cite",   "code", "del", "em",  "font",
                                          "i",    "ins",  "kbd", "mark",   "q",      "s",    "small", "span",
                                          "strong", "sub", "sup", "tt",    "u",      "var",  "wbr"};

// "sup" for "<sup>", "</sup>", "<sup class=x>", "<br/>".
std::string_view tag_name(std::string_view tag) {
  size_t start = tag.size() > 1 && tag[1] == '/' ? 2 : 1;
  size_t end = start;
  while (end < tag.size() && is_letter(tag[end])) ++end;
  return tag.substr(start, end - start);
}

std::string lowercase_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Where the tag starting at text[at] == '<' ends (one past its '>'), or 0
// when it is not a tag of kHtmlTags: "a <b" and "x<y>z" are text.
size_t html_tag_end(std::string_view text, size_t at) {
  const size_t close = text.find('>', at);
  if (close == std::string_view::npos) return 0;
  const std::string_view tag = text.substr(at, close + 1 - at);
  if (tag.find('<', 1) != std::string_view::npos) return 0;
  const std::string_view name = tag_name(tag);
  const size_t after = (tag[1] == '/' ? 2 : 1) + name.size();
  if (name.empty() || (tag[after] != '>' && tag[after] != '/' && !is_space(tag[after]))) return 0;
  const std::string lowered = lowercase_ascii(name);
  return std::binary_search(std::begin(kHtmlTags), std::end(kHtmlTags), lowered) ? close + 1 : 0;
}

// The Unicode superscript or subscript of a digit, + - = ( ); nullptr for others.
const char* script_glyph(char c, bool superscript) {
  static constexpr const char* kSuperDigits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  static constexpr const char* kSubDigits[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};
  if (c >= '0' && c <= '9') return superscript ? kSuperDigits[c - '0'] : kSubDigits[c - '0'];
  switch (c) {
    case '+': return superscript ? "⁺" : "₊";
    case '-': return superscript ? "⁻" : "₋";
    case '=': return superscript ? "⁼" : "₌";
    case '(': return superscript ? "⁽" : "₍";
    case ')': return superscript ? "⁾" : "₎";
    default: return nullptr;
  }
}

// ---- converter -----------------------------------------------------------------

class LatexConverter {
 public:
  LatexConverter(std::string_view latex, bool html, bool keep_html_tags)
      : in_(latex), html_(html), keep_html_tags_(html || keep_html_tags) {
    out_.reserve(latex.size());
    groups_.emplace_back();
  }

  bool kept_tags() const { return kept_tags_; }

  std::string convert() {
    while (pos_ < in_.size()) step();
    flush_accents();
    while (!groups_.empty()) close_group();
    return std::move(out_);
  }

 private:
  // What closing a group outputs: `tags` (HTML only, innermost style first)
  // and `text` (visible in both outputs, e.g. the '/' of \frac).
  struct Group {
    std::string tags;
    std::string_view text;
  };

  static constexpr size_t kMaxAccents = 4;  // \'{\"{\=u}} at most; more is noise

  void step() {
    const char c = in_[pos_];
    switch (c) {
      case '\\': command(); return;
      case '{':
        ++pos_;
        groups_.emplace_back();
        return;
      case '}':
        ++pos_;
        // A '}' without its '{' closes nothing rather than the top level.
        if (groups_.size() > 1) close_group();
        return;
      case '$':
        ++pos_;
        math_ = !math_;
        return;
      case '~':
        ++pos_;
        emit("\xC2\xA0");
        return;
      case '-': dashes(); return;
      case '`':
      case '\'': quotes(c); return;
      case '<':
        if (!math_ && html_tag()) return;
        break;
      default: break;
    }
    if (url_starts_at(pos_)) {
      url();
      return;
    }
    if (is_space(c)) {
      while (pos_ < in_.size() && is_space(in_[pos_])) ++pos_;
      space_pending_ = true;
      return;
    }
    // A run of ordinary characters, single spaces between them included,
    // goes out in one piece (pending accents take only the first character),
    // so plain text costs one append.
    size_t end = pos_ + utf8_length(in_.substr(pos_));
    if (accents_.empty()) {
      while (end < in_.size() &&
             (is_plain(in_[end]) || (in_[end] == ' ' && end + 1 < in_.size() && is_plain(in_[end + 1]))) &&
             !url_starts_at(end)) {
        ++end;
      }
    }
    emit(in_.substr(pos_, end - pos_));
    pos_ = end;
  }

  static bool is_plain(char c) {
    switch (c) {
      case '\\': case '{': case '}': case '$': case '~': case '-': case '`': case '\'': case '<':
        return false;
      default:
        return !is_space(c);
    }
  }

  // "--" is an en dash and "---" an em dash, as in TeX; math keeps its minus signs.
  void dashes() {
    size_t run = 0;
    while (pos_ < in_.size() && in_[pos_] == '-') ++pos_, ++run;
    if (math_) {
      emit(std::string(run, '-'));
      return;
    }
    for (; run >= 3; run -= 3) emit("\xE2\x80\x94");
    if (run == 2) emit("\xE2\x80\x93");
    if (run == 1) emit("-");
  }

  // `` and '' are TeX's curly double quotes, ` and ' its single ones (so
  // "Don't" reads Don’t, as latex-decode gives it); math keeps its primes.
  void quotes(char c) {
    ++pos_;
    if (math_) {
      emit(std::string_view(&in_[pos_ - 1], 1));
      return;
    }
    const bool doubled = pos_ < in_.size() && in_[pos_] == c;
    if (doubled) {
      ++pos_;
      emit(c == '`' ? "\xE2\x80\x9C" : "\xE2\x80\x9D");
    } else {
      emit(c == '`' ? "\xE2\x80\x98" : "\xE2\x80\x99");
    }
  }

  // An HTML tag authors write in BibTeX (Yim SS<sup>+</sup>, <i>Chlamydomonas
  // reinhardtii</i>): kept as written in HTML, for the sanitizer to vet; left
  // out of plain text (<br> is a space there). Anything else with a '<' is text.
  bool html_tag() {
    const size_t end = html_tag_end(in_, pos_);
    if (end == 0) return false;
    const std::string_view tag = in_.substr(pos_, end - pos_);
    pos_ = end;
    if (!keep_html_tags_) {
      const std::string name = lowercase_ascii(tag_name(tag));
      if (name == "br") space_pending_ = true;
      if ((name == "sup" || name == "sub") && tag[1] != '/') script_as_text(name == "sup");
      return true;
    }
    flush_accents();
    const bool closing = tag[1] == '/';
    if (!closing) flush_space();
    out_ += tag;
    kept_tags_ = true;
    if (!closing) has_text_ = true;
    return true;
  }

  // Plain text has no superscripts: a short <sup>+</sup> or <sub>2</sub> of
  // digits and signs becomes Unicode's (SS⁺, CO₂), so names, which are text,
  // still read as written; anything else inside is shown as it is.
  void script_as_text(bool superscript) {
    const std::string_view close = superscript ? "</sup>" : "</sub>";
    const size_t end = in_.find(close, pos_);
    if (end == std::string_view::npos || end - pos_ > 8) return;
    std::string mapped;
    for (const char c : in_.substr(pos_, end - pos_)) {
      const char* glyph = script_glyph(c, superscript);
      if (glyph == nullptr) return;
      mapped += glyph;
    }
    emit(mapped);
    pos_ = end + close.size();
  }

  bool url_starts_at(size_t at) const {
    if (at > 0 && (is_letter(in_[at - 1]) || in_[at - 1] == '\\')) return false;
    const std::string_view rest = in_.substr(at);
    for (std::string_view scheme : {"https://", "http://", "ftp://", "www."}) {
      if (rest.substr(0, scheme.size()) == scheme) return true;
    }
    return false;
  }

  // A URL in running text stays as written: no dashes, quotes or no-break
  // spaces inside it. It ends at white space or a brace, without the
  // punctuation that ends the sentence around it.
  void url() {
    size_t end = pos_;
    while (end < in_.size() && !is_space(in_[end]) && std::string_view("{}<>\"\\").find(in_[end]) == std::string_view::npos) {
      ++end;
    }
    while (end > pos_ + 1 && std::string_view(".,;:!?)").find(in_[end - 1]) != std::string_view::npos) --end;
    emit(in_.substr(pos_, end - pos_));
    pos_ = end;
  }

  void command() {
    ++pos_;
    if (pos_ >= in_.size()) return;  // a trailing backslash shows nothing
    const char c = in_[pos_];
    if (!is_letter(c)) {
      control_symbol(c);
      return;
    }
    const size_t start = pos_;
    while (pos_ < in_.size() && is_letter(in_[pos_])) ++pos_;
    const std::string_view name = in_.substr(start, pos_ - start);
    const Command* found = find_command(name);
    if (found == nullptr) {
      unknown_command(name);
      return;
    }
    apply(*found);
  }

  void control_symbol(char c) {
    if (const Command* found = find_symbol_accent(c)) {
      ++pos_;
      apply(*found);
      return;
    }
    switch (c) {
      case '&': case '%': case '_': case '$': case '#': case '{': case '}':
        ++pos_;
        emit(std::string_view(&in_[pos_ - 1], 1));
        return;
      case ' ': case '\t': case '\n': case '\r': case '\\': case ',': case ';': case ':':
        ++pos_;
        space_pending_ = true;
        return;
      case '-': case '/': case '@': case '!':  // hyphenation hints, spacing tweaks
        ++pos_;
        return;
      case '(': case '[':
        ++pos_;
        math_ = true;
        return;
      case ')': case ']':
        ++pos_;
        math_ = false;
        return;
      default:
        // \* or a backslash before a non-ASCII letter: keep the character.
        if (static_cast<unsigned char>(c) < 0x80) {
          ++pos_;
          emit(std::string_view(&in_[pos_ - 1], 1));
        }
        return;
    }
  }

  void apply(const Command& command) {
    switch (command.kind) {
      case Kind::letter:
        // \'{\i} is an accented i, not an accented dotless i.
        if (!accents_.empty() && (command.name == "i" || command.name == "j")) {
          emit(command.name);
        } else {
          emit(command.open);
        }
        skip_spaces();
        return;
      case Kind::symbol:
        emit(command.open);
        skip_spaces();
        return;
      case Kind::word: emit(command.open); return;
      case Kind::space:
        space_pending_ = true;
        skip_spaces();
        return;
      case Kind::accent:
        if (accents_.size() < kMaxAccents) accents_.push_back(&command);
        skip_spaces();
        return;
      case Kind::tagged:
      case Kind::wrapper: open_argument(command); return;
      case Kind::declaration:
        if (html_ && !command.open.empty()) {
          open_tag(command.open);
          groups_.back().tags.insert(0, command.close);
        }
        skip_spaces();
        return;
      case Kind::verbatim:
        skip_spaces();
        if (at('{')) emit(read_argument());
        return;
      case Kind::link:
        skip_spaces();
        if (at('{')) read_argument();
        skip_spaces();
        if (at('{')) {
          ++pos_;
          groups_.emplace_back();
        }
        return;
      case Kind::dropped:
        skip_spaces();
        if (at('{')) read_argument();
        return;
    }
  }

  // \textit{x}, \frac{a}{b}: the group's closing is the command's. Without a
  // braced argument the command only styles the next token, which is shown.
  void open_argument(const Command& command) {
    skip_spaces();
    const bool tags = command.kind == Kind::tagged;
    if (!tags) emit(command.open);
    if (!at('{')) return;
    ++pos_;
    Group group;
    if (tags && html_) {
      open_tag(command.open);
      group.tags = std::string(command.close);
    }
    if (!tags) group.text = command.close;
    groups_.push_back(std::move(group));
  }

  // An unknown \cmd{arg} shows arg (it is most likely a font or case
  // command); an unknown \cmd alone shows "cmd", so no letter disappears.
  void unknown_command(std::string_view name) {
    size_t next = pos_;
    while (next < in_.size() && is_space(in_[next])) ++next;
    if (next < in_.size() && in_[next] == '{') {
      pos_ = next + 1;
      groups_.emplace_back();
      return;
    }
    emit(name);
  }

  void close_group() {
    flush_accents();
    Group group = std::move(groups_.back());
    groups_.pop_back();
    if (!group.text.empty()) emit(group.text);
    out_ += group.tags;
  }

  bool at(char c) const { return pos_ < in_.size() && in_[pos_] == c; }

  void skip_spaces() {
    while (pos_ < in_.size() && is_space(in_[pos_])) ++pos_;
  }

  // The braced argument at pos_ as written, braces balanced; an argument that
  // is never closed runs to the end.
  std::string_view read_argument() {
    ++pos_;
    const size_t start = pos_;
    int depth = 0;
    for (; pos_ < in_.size(); ++pos_) {
      if (in_[pos_] == '{') ++depth;
      if (in_[pos_] == '}' && depth-- == 0) break;
    }
    const std::string_view argument = in_.substr(start, pos_ - start);
    if (pos_ < in_.size()) ++pos_;
    return argument;
  }

  void open_tag(std::string_view tag) {
    flush_space();
    out_ += tag;
  }

  void flush_space() {
    if (space_pending_ && has_text_) out_ += ' ';
    space_pending_ = false;
  }

  // Appends visible text: the pending space first, pending accents on its
  // first character, HTML-escaped when producing HTML.
  void emit(std::string_view text) {
    if (text.empty()) return;
    flush_space();
    has_text_ = true;
    if (accents_.empty()) {
      append_text(text);
      return;
    }
    const size_t length = utf8_length(text);
    char32_t base = decode_utf8(text.substr(0, length));
    bool composed_any = false;
    std::string marks;
    // The innermost accent applies first: \={\"u} is u, diaeresis, macron.
    for (auto it = accents_.rbegin(); it != accents_.rend(); ++it) {
      const char32_t composed = base != 0 && marks.empty() ? compose(base, (*it)->mark) : 0;
      if (composed != 0) {
        base = composed;
        composed_any = true;
      } else {
        append_utf8(marks, (*it)->mark);
      }
    }
    accents_.clear();
    if (composed_any) {
      std::string first;
      append_utf8(first, base);
      append_text(first);
    } else {
      append_text(text.substr(0, length));
    }
    append_text(marks);
    append_text(text.substr(length));
  }

  // Accents with nothing to sit on (\~{} in a URL) show the mark itself.
  void flush_accents() {
    if (accents_.empty()) return;
    std::vector<const Command*> accents;
    accents.swap(accents_);
    for (const Command* a : accents) emit(a->open);
  }

  void append_text(std::string_view text) {
    if (html_) {
      append_escaped(out_, text);
    } else {
      out_ += text;
    }
  }

  std::string_view in_;
  size_t pos_ = 0;
  bool html_;
  bool keep_html_tags_;  // HTML output, or text as bibtex-ruby hands it to templates
  bool kept_tags_ = false;  // some tag was copied as the author wrote it
  std::string out_;
  std::vector<Group> groups_;  // groups_[0] is the top level, for {\em} there
  std::vector<const Command*> accents_;  // waiting for their letter, outermost first
  bool space_pending_ = false;
  bool has_text_ = false;  // leading white space is dropped
  bool math_ = false;
};

}  // namespace

std::string latex_to_text(std::string_view latex) {
  return LatexConverter(latex, false, false).convert();
}

std::string latex_to_template_text(std::string_view latex) { return LatexConverter(latex, false, true).convert(); }

// Tags an author wrote are copied as written (attributes, a missing end tag
// and all): the sanitizer makes them what a page may hold, so the HTML is
// final wherever it goes, a view or a template.
std::string latex_to_html(std::string_view latex) {
  LatexConverter converter(latex, true, true);
  std::string html = converter.convert();
  return converter.kept_tags() ? sanitize_html(html, SanitizePolicy{}) : html;
}

}  // namespace folio
