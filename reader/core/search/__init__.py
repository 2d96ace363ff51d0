"""Full-text search over talks: word-aware (jieba for Chinese), ranked, always in sync."""
