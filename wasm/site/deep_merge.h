// Jekyll's Utils.deep_merge_hashes on Liquid values: the overwriting hash's
// keys win, except that a nil never replaces a value and two hashes merge
// key by key. Keys keep the base's order; new keys follow in theirs.
#pragma once

#include "liquid/value.h"

namespace folio::site {

liquid::Value deep_merge(const liquid::Value& base, const liquid::Value& overwrite);

// Sets `key` in a hash value (a copy: values are immutable and shared).
liquid::Value with_key(const liquid::Value& hash, std::string key, liquid::Value value);

}  // namespace folio::site
