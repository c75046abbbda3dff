// Token spellings, precedences and keyword lookup (go/token).
#include "gocxx/frontend/token.h"

#include "gocxx/frontend/unicode.h"

namespace gocxx {

std::string_view tokenString(Token t) {
  switch (t) {
  case Token::ILLEGAL:
    return "ILLEGAL";
  case Token::EOF_:
    return "EOF";
  case Token::COMMENT:
    return "COMMENT";
  case Token::IDENT:
    return "IDENT";
  case Token::INT:
    return "INT";
  case Token::FLOAT:
    return "FLOAT";
  case Token::IMAG:
    return "IMAG";
  case Token::CHAR:
    return "CHAR";
  case Token::STRING:
    return "STRING";
  case Token::ADD:
    return "+";
  case Token::SUB:
    return "-";
  case Token::MUL:
    return "*";
  case Token::QUO:
    return "/";
  case Token::REM:
    return "%";
  case Token::AND:
    return "&";
  case Token::OR:
    return "|";
  case Token::XOR:
    return "^";
  case Token::SHL:
    return "<<";
  case Token::SHR:
    return ">>";
  case Token::AND_NOT:
    return "&^";
  case Token::ADD_ASSIGN:
    return "+=";
  case Token::SUB_ASSIGN:
    return "-=";
  case Token::MUL_ASSIGN:
    return "*=";
  case Token::QUO_ASSIGN:
    return "/=";
  case Token::REM_ASSIGN:
    return "%=";
  case Token::AND_ASSIGN:
    return "&=";
  case Token::OR_ASSIGN:
    return "|=";
  case Token::XOR_ASSIGN:
    return "^=";
  case Token::SHL_ASSIGN:
    return "<<=";
  case Token::SHR_ASSIGN:
    return ">>=";
  case Token::AND_NOT_ASSIGN:
    return "&^=";
  case Token::LAND:
    return "&&";
  case Token::LOR:
    return "||";
  case Token::ARROW:
    return "<-";
  case Token::INC:
    return "++";
  case Token::DEC:
    return "--";
  case Token::EQL:
    return "==";
  case Token::LSS:
    return "<";
  case Token::GTR:
    return ">";
  case Token::ASSIGN:
    return "=";
  case Token::NOT:
    return "!";
  case Token::NEQ:
    return "!=";
  case Token::LEQ:
    return "<=";
  case Token::GEQ:
    return ">=";
  case Token::DEFINE:
    return ":=";
  case Token::ELLIPSIS:
    return "...";
  case Token::LPAREN:
    return "(";
  case Token::LBRACK:
    return "[";
  case Token::LBRACE:
    return "{";
  case Token::COMMA:
    return ",";
  case Token::PERIOD:
    return ".";
  case Token::RPAREN:
    return ")";
  case Token::RBRACK:
    return "]";
  case Token::RBRACE:
    return "}";
  case Token::SEMICOLON:
    return ";";
  case Token::COLON:
    return ":";
  case Token::BREAK:
    return "break";
  case Token::CASE:
    return "case";
  case Token::CHAN:
    return "chan";
  case Token::CONST:
    return "const";
  case Token::CONTINUE:
    return "continue";
  case Token::DEFAULT:
    return "default";
  case Token::DEFER:
    return "defer";
  case Token::ELSE:
    return "else";
  case Token::FALLTHROUGH:
    return "fallthrough";
  case Token::FOR:
    return "for";
  case Token::FUNC:
    return "func";
  case Token::GO:
    return "go";
  case Token::GOTO:
    return "goto";
  case Token::IF:
    return "if";
  case Token::IMPORT:
    return "import";
  case Token::INTERFACE:
    return "interface";
  case Token::MAP:
    return "map";
  case Token::PACKAGE:
    return "package";
  case Token::RANGE:
    return "range";
  case Token::RETURN:
    return "return";
  case Token::SELECT:
    return "select";
  case Token::STRUCT:
    return "struct";
  case Token::SWITCH:
    return "switch";
  case Token::TYPE:
    return "type";
  case Token::VAR:
    return "var";
  case Token::TILDE:
    return "~";
  case Token::literal_beg:
  case Token::literal_end:
  case Token::operator_beg:
  case Token::operator_end:
  case Token::keyword_beg:
  case Token::keyword_end:
  case Token::additional_beg:
  case Token::additional_end:
    break;
  }
  return "ILLEGAL";
}

int precedence(Token t) {
  switch (t) {
  case Token::LOR:
    return 1;
  case Token::LAND:
    return 2;
  case Token::EQL:
  case Token::NEQ:
  case Token::LSS:
  case Token::LEQ:
  case Token::GTR:
  case Token::GEQ:
    return 3;
  case Token::ADD:
  case Token::SUB:
  case Token::OR:
  case Token::XOR:
    return 4;
  case Token::MUL:
  case Token::QUO:
  case Token::REM:
  case Token::SHL:
  case Token::SHR:
  case Token::AND:
  case Token::AND_NOT:
    return 5;
  default:
    return LowestPrec;
  }
}

Token lookupKeyword(std::string_view s) {
  if (s.size() < 2 || s.size() > 11 || s[0] < 'b' || s[0] > 'v')
    return Token::IDENT;
  switch (s[0]) {
  case 'b':
    if (s == "break")
      return Token::BREAK;
    break;
  case 'c':
    if (s == "case")
      return Token::CASE;
    if (s == "chan")
      return Token::CHAN;
    if (s == "const")
      return Token::CONST;
    if (s == "continue")
      return Token::CONTINUE;
    break;
  case 'd':
    if (s == "default")
      return Token::DEFAULT;
    if (s == "defer")
      return Token::DEFER;
    break;
  case 'e':
    if (s == "else")
      return Token::ELSE;
    break;
  case 'f':
    if (s == "fallthrough")
      return Token::FALLTHROUGH;
    if (s == "for")
      return Token::FOR;
    if (s == "func")
      return Token::FUNC;
    break;
  case 'g':
    if (s == "go")
      return Token::GO;
    if (s == "goto")
      return Token::GOTO;
    break;
  case 'i':
    if (s == "if")
      return Token::IF;
    if (s == "import")
      return Token::IMPORT;
    if (s == "interface")
      return Token::INTERFACE;
    break;
  case 'm':
    if (s == "map")
      return Token::MAP;
    break;
  case 'p':
    if (s == "package")
      return Token::PACKAGE;
    break;
  case 'r':
    if (s == "range")
      return Token::RANGE;
    if (s == "return")
      return Token::RETURN;
    break;
  case 's':
    if (s == "select")
      return Token::SELECT;
    if (s == "struct")
      return Token::STRUCT;
    if (s == "switch")
      return Token::SWITCH;
    break;
  case 't':
    if (s == "type")
      return Token::TYPE;
    break;
  case 'v':
    if (s == "var")
      return Token::VAR;
    break;
  default:
    break;
  }
  return Token::IDENT;
}

bool isExported(std::string_view name) {
  int w;
  return !name.empty() && unicode::isUpper(unicode::decodeRune(name, 0, w));
}

bool isIdentifier(std::string_view name) {
  if (name.empty() || lookupKeyword(name) != Token::IDENT)
    return false;
  for (size_t i = 0; i < name.size();) {
    int w;
    char32_t r = unicode::decodeRune(name, i, w);
    if (!(unicode::isLetter(r) || r == '_' || (i > 0 && unicode::isDigit(r))))
      return false;
    i += w;
  }
  return true;
}

} // namespace gocxx
