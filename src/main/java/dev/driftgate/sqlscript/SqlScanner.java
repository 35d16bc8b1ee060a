package dev.driftgate.sqlscript;

/**
 * Cuts SQL text into tokens with the rules of PostgreSQL's scan.l as mirrored by psql's psqlscan.l.
 * Only token boundaries matter here, so literals are not decoded and operators are single OTHER
 * characters. Like psqlscan.l, a plain {@code '...'} (and {@code N'...'}) follows
 * standard_conforming_strings: with it off, a backslash escapes the next character as in {@code
 * E'...'}.
 */
final class SqlScanner {
  private final String text;
  private int pos;
  private boolean terminated;
  private boolean standardStrings;

  SqlScanner(String text, int start, boolean standardStrings) {
    this.text = text;
    this.pos = start;
    this.standardStrings = standardStrings;
  }

  /** Sets standard_conforming_strings for the literals that start from now on. */
  void standardStrings(boolean on) {
    standardStrings = on;
  }

  /** Where the next token starts. */
  int position() {
    return pos;
  }

  /** Continues scanning at {@code position}, e.g. after a meta-command consumed its line. */
  void moveTo(int position) {
    pos = position;
  }

  /** The next token, or null at the end of the text. */
  Token next() {
    if (pos >= text.length()) {
      return null;
    }
    int start = pos;
    terminated = true;
    TokenType type = scanToken(text.charAt(pos));
    return new Token(type, start, pos, terminated);
  }

  private TokenType scanToken(char c) {
    switch (c) {
      case '-':
        return at(pos + 1) == '-' ? lineComment() : single(TokenType.OTHER);
      case '/':
        return at(pos + 1) == '*'
            ? endAt(Literals.blockCommentEnd(text, pos + 2), TokenType.BLOCK_COMMENT)
            : single(TokenType.OTHER);
      case '\'':
        return plainString(pos + 1);
      case '"':
        return endAt(Literals.quotedEnd(text, pos + 1, '"'), TokenType.QUOTED_IDENTIFIER);
      case '$':
        return dollar();
      case ';':
        return single(TokenType.SEMICOLON);
      case '(':
        return single(TokenType.OPEN_PAREN);
      case ')':
        return single(TokenType.CLOSE_PAREN);
      case '\\':
        return single(TokenType.BACKSLASH);
      default:
        return SqlChars.isSpace(c) ? whitespace() : wordOrOther(c);
    }
  }

  private TokenType wordOrOther(char c) {
    char next = at(pos + 1);
    if ((c == 'e' || c == 'E') && next == '\'') {
      return endAt(Literals.escapeStringEnd(text, pos + 2), TokenType.STRING);
    }
    if ((c == 'n' || c == 'N') && next == '\'') {
      return plainString(pos + 2);
    }
    if ("bBxX".indexOf(c) >= 0 && next == '\'') {
      return endAt(Literals.bitStringEnd(text, pos + 2), TokenType.STRING);
    }
    char quote = at(pos + 2);
    if ((c == 'u' || c == 'U') && next == '&' && (quote == '\'' || quote == '"')) {
      TokenType type = quote == '"' ? TokenType.QUOTED_IDENTIFIER : TokenType.STRING;
      return endAt(Literals.quotedEnd(text, pos + 3, quote), type);
    }
    if (SqlChars.isIdentStart(c)) {
      do {
        pos++;
      } while (pos < text.length()
          && (SqlChars.isTagChar(text.charAt(pos)) || text.charAt(pos) == '$'));
      return TokenType.WORD;
    }
    if (c >= '0' && c <= '9') {
      pos = skipDigits(pos);
      return TokenType.NUMBER;
    }
    return single(TokenType.OTHER);
  }

  private TokenType plainString(int from) {
    int end =
        standardStrings
            ? Literals.quotedEnd(text, from, '\'')
            : Literals.escapeStringEnd(text, from);
    return endAt(end, TokenType.STRING);
  }

  private TokenType dollar() {
    char next = at(pos + 1);
    if (next >= '0' && next <= '9') {
      pos = skipDigits(pos + 1);
      return TokenType.PARAM;
    }
    int tagEnd = pos + 1;
    if (SqlChars.isIdentStart(next)) {
      do {
        tagEnd++;
      } while (tagEnd < text.length() && SqlChars.isTagChar(text.charAt(tagEnd)));
    }
    if (at(tagEnd) != '$') {
      // psql's dolqfailed rule: a lone "$" token, and what follows is scanned on its own.
      return single(TokenType.OTHER);
    }
    String delimiter = text.substring(pos, tagEnd + 1);
    return endAt(Literals.dollarQuoteEnd(text, tagEnd + 1, delimiter), TokenType.DOLLAR_STRING);
  }

  private TokenType whitespace() {
    do {
      pos++;
    } while (pos < text.length() && SqlChars.isSpace(text.charAt(pos)));
    return TokenType.WHITESPACE;
  }

  // Ends at CR as well as LF, like psql's {non_newline} class.
  private TokenType lineComment() {
    while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
      pos++;
    }
    return TokenType.LINE_COMMENT;
  }

  private TokenType single(TokenType type) {
    pos++;
    return type;
  }

  private TokenType endAt(int end, TokenType type) {
    terminated = end != Literals.UNTERMINATED;
    pos = terminated ? end : text.length();
    return type;
  }

  /** The char at {@code index}, or NUL past the end (the reader never lets NUL into a script). */
  private char at(int index) {
    return index < text.length() ? text.charAt(index) : '\0';
  }

  private int skipDigits(int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
