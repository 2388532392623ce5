package main

import "net/url"

func mustURLs(raw string) []url.URL {
	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}
	return []url.URL{*u}
}
