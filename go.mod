module github.com/framediff/framediff

go 1.24.0

require (
	github.com/kljensen/snowball v0.10.0
	golang.org/x/text v0.34.0
	gonum.org/v1/gonum v0.17.0
)
