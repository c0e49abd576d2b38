#include "core/emoji.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace folio {
namespace {

struct Shortcode {
  std::string_view name;
  std::string_view emoji;  // UTF-8, with U+FE0F where gemoji has it
};

// Sorted byte-wise by name, for binary search (checked at compile time below).
constexpr Shortcode kShortcodes[] = {
    {"+1", "\U0001F44D"},
    {"-1", "\U0001F44E"},
    {"100", "\U0001F4AF"},
    {"1st_place_medal", "\U0001F947"},
    {"2nd_place_medal", "\U0001F948"},
    {"3rd_place_medal", "\U0001F949"},
    {"airplane", "\u2708\uFE0F"},
    {"alarm_clock", "\u23F0"},
    {"alembic", "\u2697\uFE0F"},
    {"alien", "\U0001F47D"},
    {"apple", "\U0001F34E"},
    {"arrow_down", "\u2B07\uFE0F"},
    {"arrow_forward", "\u25B6\uFE0F"},
    {"arrow_left", "\u2B05\uFE0F"},
    {"arrow_right", "\u27A1\uFE0F"},
    {"arrow_up", "\u2B06\uFE0F"},
    {"arrow_upper_right", "\u2197\uFE0F"},
    {"arrows_counterclockwise", "\U0001F504"},
    {"art", "\U0001F3A8"},
    {"astonished", "\U0001F632"},
    {"baby", "\U0001F476"},
    {"balloon", "\U0001F388"},
    {"ballot_box_with_check", "\u2611\uFE0F"},
    {"bangbang", "\u203C\uFE0F"},
    {"bank", "\U0001F3E6"},
    {"bar_chart", "\U0001F4CA"},
    {"basketball", "\U0001F3C0"},
    {"battery", "\U0001F50B"},
    {"bee", "\U0001F41D"},
    {"beer", "\U0001F37A"},
    {"beers", "\U0001F37B"},
    {"bell", "\U0001F514"},
    {"bike", "\U0001F6B2"},
    {"birthday", "\U0001F382"},
    {"black_circle", "\u26AB"},
    {"black_heart", "\U0001F5A4"},
    {"blue_book", "\U0001F4D8"},
    {"blue_heart", "\U0001F499"},
    {"blush", "\U0001F60A"},
    {"book", "\U0001F4D6"},
    {"bookmark", "\U0001F516"},
    {"bookmark_tabs", "\U0001F4D1"},
    {"books", "\U0001F4DA"},
    {"boom", "\U0001F4A5"},
    {"bouquet", "\U0001F490"},
    {"brain", "\U0001F9E0"},
    {"briefcase", "\U0001F4BC"},
    {"broken_heart", "\U0001F494"},
    {"bug", "\U0001F41B"},
    {"bulb", "\U0001F4A1"},
    {"bus", "\U0001F68C"},
    {"bust_in_silhouette", "\U0001F464"},
    {"busts_in_silhouette", "\U0001F465"},
    {"cactus", "\U0001F335"},
    {"cake", "\U0001F370"},
    {"calendar", "\U0001F4C6"},
    {"call_me_hand", "\U0001F919"},
    {"camera", "\U0001F4F7"},
    {"candle", "\U0001F56F\uFE0F"},
    {"car", "\U0001F697"},
    {"card_index", "\U0001F4C7"},
    {"cat", "\U0001F431"},
    {"cd", "\U0001F4BF"},
    {"champagne", "\U0001F37E"},
    {"chart", "\U0001F4B9"},
    {"chart_with_downwards_trend", "\U0001F4C9"},
    {"chart_with_upwards_trend", "\U0001F4C8"},
    {"checkered_flag", "\U0001F3C1"},
    {"cherry_blossom", "\U0001F338"},
    {"christmas_tree", "\U0001F384"},
    {"clap", "\U0001F44F"},
    {"clapper", "\U0001F3AC"},
    {"classical_building", "\U0001F3DB\uFE0F"},
    {"clinking_glasses", "\U0001F942"},
    {"clipboard", "\U0001F4CB"},
    {"closed_book", "\U0001F4D5"},
    {"cloud", "\u2601\uFE0F"},
    {"cn", "\U0001F1E8\U0001F1F3"},
    {"cocktail", "\U0001F378"},
    {"coffee", "\u2615"},
    {"computer", "\U0001F4BB"},
    {"confetti_ball", "\U0001F38A"},
    {"construction", "\U0001F6A7"},
    {"cool", "\U0001F192"},
    {"copyright", "\u00A9\uFE0F"},
    {"crab", "\U0001F980"},
    {"credit_card", "\U0001F4B3"},
    {"crescent_moon", "\U0001F319"},
    {"crossed_fingers", "\U0001F91E"},
    {"crown", "\U0001F451"},
    {"cry", "\U0001F622"},
    {"crystal_ball", "\U0001F52E"},
    {"dart", "\U0001F3AF"},
    {"dash", "\U0001F4A8"},
    {"date", "\U0001F4C5"},
    {"de", "\U0001F1E9\U0001F1EA"},
    {"desktop_computer", "\U0001F5A5\uFE0F"},
    {"disappointed", "\U0001F61E"},
    {"dizzy", "\U0001F4AB"},
    {"dna", "\U0001F9EC"},
    {"dog", "\U0001F436"},
    {"dollar", "\U0001F4B5"},
    {"dolphin", "\U0001F42C"},
    {"dragon", "\U0001F409"},
    {"dragon_face", "\U0001F432"},
    {"droplet", "\U0001F4A7"},
    {"dvd", "\U0001F4C0"},
    {"e-mail", "\U0001F4E7"},
    {"ear", "\U0001F442"},
    {"earth_africa", "\U0001F30D"},
    {"earth_americas", "\U0001F30E"},
    {"earth_asia", "\U0001F30F"},
    {"electric_plug", "\U0001F50C"},
    {"email", "\U0001F4E7"},
    {"envelope", "\u2709\uFE0F"},
    {"envelope_with_arrow", "\U0001F4E9"},
    {"es", "\U0001F1EA\U0001F1F8"},
    {"evergreen_tree", "\U0001F332"},
    {"exclamation", "\u2757"},
    {"exploding_head", "\U0001F92F"},
    {"expressionless", "\U0001F611"},
    {"eyes", "\U0001F440"},
    {"face_with_monocle", "\U0001F9D0"},
    {"facepunch", "\U0001F44A"},
    {"fallen_leaf", "\U0001F342"},
    {"family", "\U0001F46A"},
    {"file_folder", "\U0001F4C1"},
    {"fire", "\U0001F525"},
    {"fireworks", "\U0001F386"},
    {"fist", "\u270A"},
    {"flags", "\U0001F38F"},
    {"flashlight", "\U0001F526"},
    {"floppy_disk", "\U0001F4BE"},
    {"four_leaf_clover", "\U0001F340"},
    {"fox_face", "\U0001F98A"},
    {"fr", "\U0001F1EB\U0001F1F7"},
    {"free", "\U0001F193"},
    {"full_moon", "\U0001F315"},
    {"game_die", "\U0001F3B2"},
    {"gb", "\U0001F1EC\U0001F1E7"},
    {"gear", "\u2699\uFE0F"},
    {"gem", "\U0001F48E"},
    {"ghost", "\U0001F47B"},
    {"gift", "\U0001F381"},
    {"gift_heart", "\U0001F49D"},
    {"globe_with_meridians", "\U0001F310"},
    {"green_book", "\U0001F4D7"},
    {"green_heart", "\U0001F49A"},
    {"grey_question", "\u2754"},
    {"grin", "\U0001F601"},
    {"grinning", "\U0001F600"},
    {"guitar", "\U0001F3B8"},
    {"hamburger", "\U0001F354"},
    {"hammer", "\U0001F528"},
    {"hammer_and_wrench", "\U0001F6E0\uFE0F"},
    {"hand", "\u270B"},
    {"handshake", "\U0001F91D"},
    {"heart", "\u2764\uFE0F"},
    {"heart_eyes", "\U0001F60D"},
    {"heart_eyes_cat", "\U0001F63B"},
    {"heartbeat", "\U0001F493"},
    {"heartpulse", "\U0001F497"},
    {"heavy_check_mark", "\u2714\uFE0F"},
    {"heavy_exclamation_mark", "\u2757"},
    {"heavy_minus_sign", "\u2796"},
    {"heavy_multiplication_x", "\u2716\uFE0F"},
    {"heavy_plus_sign", "\u2795"},
    {"honeybee", "\U0001F41D"},
    {"hospital", "\U0001F3E5"},
    {"hotsprings", "\u2668\uFE0F"},
    {"hourglass", "\u231B"},
    {"hourglass_flowing_sand", "\u23F3"},
    {"house", "\U0001F3E0"},
    {"hugs", "\U0001F917"},
    {"inbox_tray", "\U0001F4E5"},
    {"incoming_envelope", "\U0001F4E8"},
    {"infinity", "\u267E\uFE0F"},
    {"information_source", "\u2139\uFE0F"},
    {"innocent", "\U0001F607"},
    {"iphone", "\U0001F4F1"},
    {"it", "\U0001F1EE\U0001F1F9"},
    {"izakaya_lantern", "\U0001F3EE"},
    {"jack_o_lantern", "\U0001F383"},
    {"joy", "\U0001F602"},
    {"jp", "\U0001F1EF\U0001F1F5"},
    {"key", "\U0001F511"},
    {"keyboard", "\u2328\uFE0F"},
    {"kissing_heart", "\U0001F618"},
    {"kr", "\U0001F1F0\U0001F1F7"},
    {"label", "\U0001F3F7\uFE0F"},
    {"large_blue_circle", "\U0001F535"},
    {"large_blue_diamond", "\U0001F537"},
    {"large_orange_diamond", "\U0001F536"},
    {"laughing", "\U0001F606"},
    {"ledger", "\U0001F4D2"},
    {"link", "\U0001F517"},
    {"lock", "\U0001F512"},
    {"loud_sound", "\U0001F50A"},
    {"loudspeaker", "\U0001F4E2"},
    {"mag", "\U0001F50D"},
    {"mag_right", "\U0001F50E"},
    {"mailbox", "\U0001F4EB"},
    {"mailbox_with_mail", "\U0001F4EC"},
    {"man_scientist", "\U0001F468\u200D\U0001F52C"},
    {"man_student", "\U0001F468\u200D\U0001F393"},
    {"man_teacher", "\U0001F468\u200D\U0001F3EB"},
    {"man_technologist", "\U0001F468\u200D\U0001F4BB"},
    {"maple_leaf", "\U0001F341"},
    {"medal_military", "\U0001F396\uFE0F"},
    {"medal_sports", "\U0001F3C5"},
    {"mega", "\U0001F4E3"},
    {"memo", "\U0001F4DD"},
    {"metal", "\U0001F918"},
    {"microphone", "\U0001F3A4"},
    {"microscope", "\U0001F52C"},
    {"milky_way", "\U0001F30C"},
    {"money_with_wings", "\U0001F4B8"},
    {"moneybag", "\U0001F4B0"},
    {"mortar_board", "\U0001F393"},
    {"mount_fuji", "\U0001F5FB"},
    {"mountain", "\u26F0\uFE0F"},
    {"movie_camera", "\U0001F3A5"},
    {"muscle", "\U0001F4AA"},
    {"musical_note", "\U0001F3B5"},
    {"mute", "\U0001F507"},
    {"nail_care", "\U0001F485"},
    {"nerd_face", "\U0001F913"},
    {"neutral_face", "\U0001F610"},
    {"new", "\U0001F195"},
    {"new_moon", "\U0001F311"},
    {"new_moon_with_face", "\U0001F31A"},
    {"newspaper", "\U0001F4F0"},
    {"no_entry", "\u26D4"},
    {"no_entry_sign", "\U0001F6AB"},
    {"notebook", "\U0001F4D3"},
    {"notes", "\U0001F3B6"},
    {"o", "\u2B55"},
    {"ocean", "\U0001F30A"},
    {"octopus", "\U0001F419"},
    {"office", "\U0001F3E2"},
    {"ok_hand", "\U0001F44C"},
    {"open_book", "\U0001F4D6"},
    {"open_file_folder", "\U0001F4C2"},
    {"open_hands", "\U0001F450"},
    {"open_mouth", "\U0001F62E"},
    {"orange_book", "\U0001F4D9"},
    {"orange_heart", "\U0001F9E1"},
    {"outbox_tray", "\U0001F4E4"},
    {"package", "\U0001F4E6"},
    {"page_facing_up", "\U0001F4C4"},
    {"page_with_curl", "\U0001F4C3"},
    {"palm_tree", "\U0001F334"},
    {"panda_face", "\U0001F43C"},
    {"paperclip", "\U0001F4CE"},
    {"partying_face", "\U0001F973"},
    {"peace_symbol", "\u262E\uFE0F"},
    {"pencil", "\U0001F4DD"},
    {"pencil2", "\u270F\uFE0F"},
    {"penguin", "\U0001F427"},
    {"people_holding_hands", "\U0001F9D1\u200D\U0001F91D\u200D\U0001F9D1"},
    {"performing_arts", "\U0001F3AD"},
    {"phone", "\u260E\uFE0F"},
    {"pill", "\U0001F48A"},
    {"pizza", "\U0001F355"},
    {"pleading_face", "\U0001F97A"},
    {"point_down", "\U0001F447"},
    {"point_left", "\U0001F448"},
    {"point_right", "\U0001F449"},
    {"point_up", "\u261D\uFE0F"},
    {"point_up_2", "\U0001F446"},
    {"postbox", "\U0001F4EE"},
    {"pray", "\U0001F64F"},
    {"printer", "\U0001F5A8\uFE0F"},
    {"punch", "\U0001F44A"},
    {"purple_heart", "\U0001F49C"},
    {"pushpin", "\U0001F4CC"},
    {"question", "\u2753"},
    {"radio_button", "\U0001F518"},
    {"rainbow", "\U0001F308"},
    {"raised_hand", "\u270B"},
    {"raised_hands", "\U0001F64C"},
    {"raising_hand", "\U0001F64B"},
    {"recycle", "\u267B\uFE0F"},
    {"red_circle", "\U0001F534"},
    {"registered", "\u00AE\uFE0F"},
    {"relaxed", "\u263A\uFE0F"},
    {"relieved", "\U0001F60C"},
    {"reminder_ribbon", "\U0001F397\uFE0F"},
    {"repeat", "\U0001F501"},
    {"revolving_hearts", "\U0001F49E"},
    {"ribbon", "\U0001F380"},
    {"robot", "\U0001F916"},
    {"rocket", "\U0001F680"},
    {"rofl", "\U0001F923"},
    {"rose", "\U0001F339"},
    {"round_pushpin", "\U0001F4CD"},
    {"ru", "\U0001F1F7\U0001F1FA"},
    {"runner", "\U0001F3C3"},
    {"running", "\U0001F3C3"},
    {"santa", "\U0001F385"},
    {"satellite", "\U0001F4E1"},
    {"school", "\U0001F3EB"},
    {"scientist", "\U0001F9D1\u200D\U0001F52C"},
    {"scream", "\U0001F631"},
    {"scroll", "\U0001F4DC"},
    {"see_no_evil", "\U0001F648"},
    {"seedling", "\U0001F331"},
    {"ship", "\U0001F6A2"},
    {"signal_strength", "\U0001F4F6"},
    {"skull", "\U0001F480"},
    {"slightly_smiling_face", "\U0001F642"},
    {"small_blue_diamond", "\U0001F539"},
    {"small_orange_diamond", "\U0001F538"},
    {"smile", "\U0001F604"},
    {"smiley", "\U0001F603"},
    {"smiley_cat", "\U0001F63A"},
    {"smiling_imp", "\U0001F608"},
    {"snowflake", "\u2744\uFE0F"},
    {"snowman", "\u26C4"},
    {"sob", "\U0001F62D"},
    {"soccer", "\u26BD"},
    {"soon", "\U0001F51C"},
    {"sos", "\U0001F198"},
    {"space_invader", "\U0001F47E"},
    {"sparkler", "\U0001F387"},
    {"sparkles", "\u2728"},
    {"sparkling_heart", "\U0001F496"},
    {"speaker", "\U0001F508"},
    {"speech_balloon", "\U0001F4AC"},
    {"spiral_calendar", "\U0001F5D3\uFE0F"},
    {"stadium", "\U0001F3DF\uFE0F"},
    {"star", "\u2B50"},
    {"star2", "\U0001F31F"},
    {"star_of_david", "\u2721\uFE0F"},
    {"star_struck", "\U0001F929"},
    {"statue_of_liberty", "\U0001F5FD"},
    {"stopwatch", "\u23F1\uFE0F"},
    {"straight_ruler", "\U0001F4CF"},
    {"stuck_out_tongue", "\U0001F61B"},
    {"stuck_out_tongue_winking_eye", "\U0001F61C"},
    {"student", "\U0001F9D1\u200D\U0001F393"},
    {"sun_behind_small_cloud", "\U0001F324\uFE0F"},
    {"sun_with_face", "\U0001F31E"},
    {"sunflower", "\U0001F33B"},
    {"sunglasses", "\U0001F60E"},
    {"sunny", "\u2600\uFE0F"},
    {"sweat_drops", "\U0001F4A6"},
    {"sweat_smile", "\U0001F605"},
    {"syringe", "\U0001F489"},
    {"tada", "\U0001F389"},
    {"tea", "\U0001F375"},
    {"teacher", "\U0001F9D1\u200D\U0001F3EB"},
    {"technologist", "\U0001F9D1\u200D\U0001F4BB"},
    {"telephone", "\u260E\uFE0F"},
    {"telescope", "\U0001F52D"},
    {"tennis", "\U0001F3BE"},
    {"test_tube", "\U0001F9EA"},
    {"thinking", "\U0001F914"},
    {"thought_balloon", "\U0001F4AD"},
    {"thumbsdown", "\U0001F44E"},
    {"thumbsup", "\U0001F44D"},
    {"ticket", "\U0001F3AB"},
    {"tickets", "\U0001F39F\uFE0F"},
    {"tm", "\u2122\uFE0F"},
    {"tokyo_tower", "\U0001F5FC"},
    {"top", "\U0001F51D"},
    {"train", "\U0001F686"},
    {"triangular_flag_on_post", "\U0001F6A9"},
    {"triangular_ruler", "\U0001F4D0"},
    {"trophy", "\U0001F3C6"},
    {"tulip", "\U0001F337"},
    {"turtle", "\U0001F422"},
    {"tv", "\U0001F4FA"},
    {"two_hearts", "\U0001F495"},
    {"uk", "\U0001F1EC\U0001F1E7"},
    {"umbrella", "\u2614"},
    {"unicorn", "\U0001F984"},
    {"unlock", "\U0001F513"},
    {"up", "\U0001F199"},
    {"upside_down_face", "\U0001F643"},
    {"us", "\U0001F1FA\U0001F1F8"},
    {"v", "\u270C\uFE0F"},
    {"video_camera", "\U0001F4F9"},
    {"video_game", "\U0001F3AE"},
    {"volcano", "\U0001F30B"},
    {"warning", "\u26A0\uFE0F"},
    {"watch", "\u231A"},
    {"wave", "\U0001F44B"},
    {"whale", "\U0001F433"},
    {"white_check_mark", "\u2705"},
    {"white_circle", "\u26AA"},
    {"white_heart", "\U0001F90D"},
    {"wine_glass", "\U0001F377"},
    {"wink", "\U0001F609"},
    {"woman_scientist", "\U0001F469\u200D\U0001F52C"},
    {"woman_student", "\U0001F469\u200D\U0001F393"},
    {"woman_teacher", "\U0001F469\u200D\U0001F3EB"},
    {"woman_technologist", "\U0001F469\u200D\U0001F4BB"},
    {"world_map", "\U0001F5FA\uFE0F"},
    {"worried", "\U0001F61F"},
    {"wrench", "\U0001F527"},
    {"writing_hand", "\u270D\uFE0F"},
    {"x", "\u274C"},
    {"yellow_heart", "\U0001F49B"},
    {"yin_yang", "\u262F\uFE0F"},
    {"yum", "\U0001F60B"},
    {"zany_face", "\U0001F92A"},
    {"zap", "\u26A1"},
    {"zzz", "\U0001F4A4"},
};

constexpr bool is_sorted_by_name() {
  for (size_t i = 1; i < std::size(kShortcodes); ++i) {
    if (!(kShortcodes[i - 1].name < kShortcodes[i].name)) return false;
  }
  return true;
}
static_assert(is_sorted_by_name(), "kShortcodes must stay sorted by name, without duplicates");

// gemoji names: letters, digits, '_', '+' and '-'.
bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '+' || c == '-';
}

// Text inside these elements keeps its colons.
bool keeps_shortcodes(std::string_view tag_name) {
  return tag_name == "pre" || tag_name == "code" || tag_name == "tt";
}

// The lowercase name of a tag (tag[0] == '<'), and whether it is an end tag.
std::string tag_name_of(std::string_view tag, bool& end_tag) {
  size_t i = 1;
  end_tag = i < tag.size() && tag[i] == '/';
  if (end_tag) ++i;
  std::string name;
  while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i]))) {
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(tag[i])));
    ++i;
  }
  return name;
}

void append_emojified_text(std::string& out, std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t colon = text.find(':', pos);
    if (colon == std::string_view::npos) break;
    size_t end = colon + 1;
    while (end < text.size() && is_name_char(text[end])) ++end;
    const std::string_view emoji = end < text.size() && text[end] == ':' && end > colon + 1
                                       ? emoji_for_shortcode(text.substr(colon + 1, end - colon - 1))
                                       : std::string_view();
    if (emoji.empty()) {
      // Not a shortcode: keep the colon, and let the next one start a new try
      // (so "at 10:30 :tada:" still finds :tada:).
      out.append(text.substr(pos, colon + 1 - pos));
      pos = colon + 1;
      continue;
    }
    out.append(text.substr(pos, colon - pos));
    out.append(emoji);
    pos = end + 1;
  }
  out.append(text.substr(pos));
}

}  // namespace

std::string_view emoji_for_shortcode(std::string_view name) {
  const auto* end = std::end(kShortcodes);
  const auto* found = std::lower_bound(std::begin(kShortcodes), end, name,
                                       [](const Shortcode& entry, std::string_view key) { return entry.name < key; });
  return found != end && found->name == name ? found->emoji : std::string_view();
}

std::string emojify_html(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  int kept_depth = 0;  // open <pre>, <code> and <tt> elements
  size_t pos = 0;
  while (pos < html.size()) {
    const size_t tag_start = html.find('<', pos);
    const size_t text_end = tag_start == std::string_view::npos ? html.size() : tag_start;
    const std::string_view text = html.substr(pos, text_end - pos);
    if (kept_depth > 0) {
      out.append(text);
    } else {
      append_emojified_text(out, text);
    }
    if (tag_start == std::string_view::npos) break;
    const size_t tag_end = html.find('>', tag_start);
    const size_t tag_stop = tag_end == std::string_view::npos ? html.size() : tag_end + 1;
    const std::string_view tag = html.substr(tag_start, tag_stop - tag_start);
    bool end_tag = false;
    if (keeps_shortcodes(tag_name_of(tag, end_tag))) kept_depth = std::max(0, kept_depth + (end_tag ? -1 : 1));
    out.append(tag);
    pos = tag_start + tag.size();
  }
  return out;
}

}  // namespace folio
