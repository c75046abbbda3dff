package os

// File is an open file descriptor (only the standard streams for now).
type File struct {
	fd int
}

func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)

var (
	Stdin  *File
	Stdout *File
	Stderr *File
)
