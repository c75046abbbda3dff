// Native package fmt (declarations in runtime/native/fmt).
#pragma once
#include "gocxx/runtime.h"
