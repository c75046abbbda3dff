module example.com/cmakeexample

go 1.19
