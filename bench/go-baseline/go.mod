module local/baseline-provider

go 1.24

require github.com/hashicorp/terraform-plugin-framework v1.19.0
