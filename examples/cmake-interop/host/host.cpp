#include "host.h"

#include <cctype>
#include <iostream>

namespace host {

void report(go::string line) { std::cout << "host: " << line.view() << std::endl; }

// A word's letters count one each, capitals three.
int64_t weight(go::string word) {
  int64_t w = 0;
  for (char c : word.view())
    w += std::isupper(static_cast<unsigned char>(c)) ? 3 : 1;
  return w;
}

} // namespace host
