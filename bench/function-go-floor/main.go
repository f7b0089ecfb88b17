// The floor for bench/function.ts: the least a composition function can do over
// Crossplane's mTLS path. It serves apiextensions.fn.proto.v1.FunctionRunnerService/
// RunFunction with grpc-go and answers every request with a pass-through response
// (the request's tag, a 60 s TTL, the request's desired state, nothing else).
//
// No generated code: the service is registered by hand with a codec that hands the
// handler raw bytes, and the few fields needed are read and written with protowire,
// so the figure is grpc-go plus TLS and nothing a real function would not also pay.
package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/protobuf/encoding/protowire"
)

// Field numbers from Crossplane's proto/fn/v1/run_function.proto.
const (
	requestMeta     protowire.Number = 1 // RunFunctionRequest.meta (RequestMeta)
	requestDesired  protowire.Number = 3 // RunFunctionRequest.desired (State)
	metaTag         protowire.Number = 1 // RequestMeta.tag, ResponseMeta.tag
	responseMeta    protowire.Number = 1 // RunFunctionResponse.meta (ResponseMeta)
	responseDesired protowire.Number = 2 // RunFunctionResponse.desired (State)
	metaTTL         protowire.Number = 2 // ResponseMeta.ttl (google.protobuf.Duration)
	durationSeconds protowire.Number = 1 // google.protobuf.Duration.seconds
	ttlSeconds                       = 60
)

// rawCodec passes message bytes through untouched: the handler does its own wire work.
type rawCodec struct{}

func (rawCodec) Marshal(v any) ([]byte, error) {
	b, ok := v.(*[]byte)
	if !ok {
		return nil, fmt.Errorf("raw codec: cannot marshal %T", v)
	}
	return *b, nil
}

func (rawCodec) Unmarshal(data []byte, v any) error {
	b, ok := v.(*[]byte)
	if !ok {
		return fmt.Errorf("raw codec: cannot unmarshal into %T", v)
	}
	// grpc-go hands the V1 codec a freshly materialised slice, so keeping it is safe.
	*b = data
	return nil
}

func (rawCodec) Name() string { return "proto" }

// functionRunner is the handler type the hand-written service descriptor names.
type functionRunner interface {
	runFunction(request []byte) ([]byte, error)
}

type passThrough struct{}

// runFunction answers with the request's tag, a TTL and the request's desired state.
func (passThrough) runFunction(request []byte) ([]byte, error) {
	tag, desired, err := tagAndDesired(request)
	if err != nil {
		return nil, err
	}
	var meta []byte
	meta = protowire.AppendTag(meta, metaTag, protowire.BytesType)
	meta = protowire.AppendString(meta, tag)
	var ttl []byte
	ttl = protowire.AppendTag(ttl, durationSeconds, protowire.VarintType)
	ttl = protowire.AppendVarint(ttl, ttlSeconds)
	meta = protowire.AppendTag(meta, metaTTL, protowire.BytesType)
	meta = protowire.AppendBytes(meta, ttl)

	out := make([]byte, 0, len(meta)+len(desired)+16)
	out = protowire.AppendTag(out, responseMeta, protowire.BytesType)
	out = protowire.AppendBytes(out, meta)
	if desired != nil {
		out = protowire.AppendTag(out, responseDesired, protowire.BytesType)
		out = protowire.AppendBytes(out, desired)
	}
	return out, nil
}

// tagAndDesired reads meta.tag and the raw desired State out of a RunFunctionRequest.
func tagAndDesired(request []byte) (tag string, desired []byte, err error) {
	err = eachField(request, func(num protowire.Number, typ protowire.Type, value []byte) error {
		if typ != protowire.BytesType {
			return nil
		}
		switch num {
		case requestMeta:
			return eachField(value, func(n protowire.Number, t protowire.Type, v []byte) error {
				if n == metaTag && t == protowire.BytesType {
					tag = string(v)
				}
				return nil
			})
		case requestDesired:
			desired = value
		}
		return nil
	})
	return tag, desired, err
}

// eachField walks one message's top-level fields; value is the payload of
// length-delimited fields and nil for the others.
func eachField(msg []byte, visit func(protowire.Number, protowire.Type, []byte) error) error {
	for len(msg) > 0 {
		num, typ, n := protowire.ConsumeTag(msg)
		if n < 0 {
			return fmt.Errorf("bad field tag: %w", protowire.ParseError(n))
		}
		msg = msg[n:]
		var value []byte
		if typ == protowire.BytesType {
			value, n = protowire.ConsumeBytes(msg)
		} else {
			n = protowire.ConsumeFieldValue(num, typ, msg)
		}
		if n < 0 {
			return fmt.Errorf("bad field %d: %w", num, protowire.ParseError(n))
		}
		msg = msg[n:]
		if err := visit(num, typ, value); err != nil {
			return err
		}
	}
	return nil
}

func runFunctionHandler(srv any, ctx context.Context, dec func(any) error, interceptor grpc.UnaryServerInterceptor) (any, error) {
	var request []byte
	if err := dec(&request); err != nil {
		return nil, err
	}
	response, err := srv.(functionRunner).runFunction(request)
	if err != nil {
		return nil, err
	}
	return &response, nil
}

var serviceDesc = grpc.ServiceDesc{
	ServiceName: "apiextensions.fn.proto.v1.FunctionRunnerService",
	HandlerType: (*functionRunner)(nil),
	Methods:     []grpc.MethodDesc{{MethodName: "RunFunction", Handler: runFunctionHandler}},
	Metadata:    "run_function.proto",
}

// serverTLS mirrors Crossplane's function mTLS: the server's own pair, and client
// certificates required and verified against the directory's ca.crt.
func serverTLS(dir string) (*tls.Config, error) {
	pair, err := tls.LoadX509KeyPair(filepath.Join(dir, "tls.crt"), filepath.Join(dir, "tls.key"))
	if err != nil {
		return nil, fmt.Errorf("loading the server key pair from %s: %w", dir, err)
	}
	caPEM, err := os.ReadFile(filepath.Join(dir, "ca.crt"))
	if err != nil {
		return nil, fmt.Errorf("reading the CA: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		return nil, errors.New("no certificate in " + filepath.Join(dir, "ca.crt"))
	}
	return &tls.Config{
		Certificates: []tls.Certificate{pair},
		ClientCAs:    pool,
		ClientAuth:   tls.RequireAndVerifyClientCert,
		MinVersion:   tls.VersionTLS12,
	}, nil
}

func main() {
	address := flag.String("address", "0.0.0.0:9443", "address to listen on")
	certsDir := flag.String("tls-server-certs-dir", os.Getenv("TLS_SERVER_CERTS_DIR"), "directory with tls.crt, tls.key and ca.crt")
	flag.Parse()
	if *certsDir == "" {
		log.Fatal("--tls-server-certs-dir (or TLS_SERVER_CERTS_DIR) is required: the floor serves only over mTLS")
	}
	config, err := serverTLS(*certsDir)
	if err != nil {
		log.Fatal(err)
	}
	listener, err := net.Listen("tcp", *address)
	if err != nil {
		log.Fatalf("cannot listen on %s: %v", *address, err)
	}
	server := grpc.NewServer(grpc.Creds(credentials.NewTLS(config)), grpc.ForceServerCodec(rawCodec{}))
	server.RegisterService(&serviceDesc, passThrough{})

	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		<-signals
		server.GracefulStop()
	}()
	// The harness waits for this line to know the port is bound.
	fmt.Fprintf(os.Stderr, "listening on %s\n", listener.Addr())
	if err := server.Serve(listener); err != nil {
		log.Fatal(err)
	}
}
