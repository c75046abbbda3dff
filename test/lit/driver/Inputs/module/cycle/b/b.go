package b

import "example.com/m/cycle/a"

var B = a.A
