// gocxx: gc links these to syscall's unexported recvfromInet4 and friends,
// which write the peer's address into the caller's struct without
// allocating. Here they are syscall's exported calls, which return the
// address as a Sockaddr: the same system calls and results, one
// allocation more per datagram.
package unix

import "syscall"

func RecvfromInet4(fd int, p []byte, flags int, from *syscall.SockaddrInet4) (int, error) {
	n, sa, err := syscall.Recvfrom(fd, p, flags)
	if sa4, ok := sa.(*syscall.SockaddrInet4); ok && err == nil {
		*from = *sa4
	}
	return n, err
}

func RecvfromInet6(fd int, p []byte, flags int, from *syscall.SockaddrInet6) (n int, err error) {
	n, sa, err := syscall.Recvfrom(fd, p, flags)
	if sa6, ok := sa.(*syscall.SockaddrInet6); ok && err == nil {
		*from = *sa6
	}
	return n, err
}

func SendtoInet4(fd int, p []byte, flags int, to *syscall.SockaddrInet4) (err error) {
	return syscall.Sendto(fd, p, flags, to)
}

func SendtoInet6(fd int, p []byte, flags int, to *syscall.SockaddrInet6) (err error) {
	return syscall.Sendto(fd, p, flags, to)
}

func SendmsgNInet4(fd int, p, oob []byte, to *syscall.SockaddrInet4, flags int) (n int, err error) {
	var sa syscall.Sockaddr
	if to != nil {
		sa = to
	}
	return syscall.SendmsgN(fd, p, oob, sa, flags)
}

func SendmsgNInet6(fd int, p, oob []byte, to *syscall.SockaddrInet6, flags int) (n int, err error) {
	var sa syscall.Sockaddr
	if to != nil {
		sa = to
	}
	return syscall.SendmsgN(fd, p, oob, sa, flags)
}

func RecvmsgInet4(fd int, p, oob []byte, flags int, from *syscall.SockaddrInet4) (n, oobn int, recvflags int, err error) {
	n, oobn, recvflags, sa, err := syscall.Recvmsg(fd, p, oob, flags)
	if sa4, ok := sa.(*syscall.SockaddrInet4); ok && err == nil {
		*from = *sa4
	}
	return n, oobn, recvflags, err
}

func RecvmsgInet6(fd int, p, oob []byte, flags int, from *syscall.SockaddrInet6) (n, oobn int, recvflags int, err error) {
	n, oobn, recvflags, sa, err := syscall.Recvmsg(fd, p, oob, flags)
	if sa6, ok := sa.(*syscall.SockaddrInet6); ok && err == nil {
		*from = *sa6
	}
	return n, oobn, recvflags, err
}
