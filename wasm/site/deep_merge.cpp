#include "site/deep_merge.h"

namespace folio::site {

liquid::Value deep_merge(const liquid::Value& base, const liquid::Value& overwrite) {
  if (!base.is_hash() || !overwrite.is_hash()) return overwrite.is_nil() ? base : overwrite;
  liquid::Hash merged = base.as_hash();
  for (const auto& [key, value] : overwrite.as_hash()) {
    const liquid::Value* old_value = merged.find(key);
    if (!old_value) {
      merged.set(key, value);
    } else if (!value.is_nil()) {
      merged.set(key, old_value->is_hash() && value.is_hash() ? deep_merge(*old_value, value) : value);
    }
  }
  return liquid::Value(std::move(merged));
}

liquid::Value with_key(const liquid::Value& hash, std::string key, liquid::Value value) {
  liquid::Hash copy = hash.is_hash() ? hash.as_hash() : liquid::Hash();
  copy.set(std::move(key), std::move(value));
  return liquid::Value(std::move(copy));
}

}  // namespace folio::site
