// A minimal provider written with terraform-plugin-framework, used only as the
// Go baseline in bench/plugin-startup.ts: same go-plugin handshake, same AutoMTLS.
package main

import (
	"context"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

type baseline struct{}

func (baseline) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "baseline"
}

func (baseline) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{Attributes: map[string]schema.Attribute{
		"endpoint": schema.StringAttribute{Optional: true, Description: "Unused."},
	}}
}

func (baseline) Configure(context.Context, provider.ConfigureRequest, *provider.ConfigureResponse) {}

func (baseline) Resources(context.Context) []func() resource.Resource { return nil }

func (baseline) DataSources(context.Context) []func() datasource.DataSource { return nil }

func main() {
	err := providerserver.Serve(context.Background(), func() provider.Provider { return baseline{} }, providerserver.ServeOpts{
		Address: "example.test/bench/baseline",
	})
	if err != nil {
		log.Fatal(err)
	}
}
