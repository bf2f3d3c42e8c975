import FlowDiagnostics
import Testing

@Suite struct SARIFRendererTests {
    private let renderer = SARIFRenderer(
        language: .en, toolVersion: "0.3.0", informationURI: ReportSample.informationURI
    )

    @Test func completeLogOfTheSampleRun() {
        #expect(renderer.render(ReportSample.report) == #"""
        {
          "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
          "version": "2.1.0",
          "runs": [
            {
              "tool": {
                "driver": {
                  "name": "channelflow",
                  "version": "0.3.0",
                  "informationUri": "https://channelflow.example/docs",
                  "rules": [
                    {
                      "id": "flow-duplicate-step",
                      "shortDescription": {
                        "text": "step ids are unique within a flow",
                        "properties": {
                          "en": "step ids are unique within a flow",
                          "zh": "同一流程内步骤 id 唯一"
                        }
                      },
                      "fullDescription": {
                        "text": "each step id names one step; rename or merge the second one",
                        "properties": {
                          "en": "each step id names one step; rename or merge the second one",
                          "zh": "每个步骤 id 只对应一个步骤；请重命名或合并第二个"
                        }
                      },
                      "defaultConfiguration": {
                        "level": "error"
                      },
                      "help": {
                        "text": "each step id names one step; rename or merge the second one",
                        "properties": {
                          "en": "each step id names one step; rename or merge the second one",
                          "zh": "每个步骤 id 只对应一个步骤；请重命名或合并第二个"
                        }
                      },
                      "helpUri": "https://channelflow.example/rules/flow-duplicate-step"
                    },
                    {
                      "id": "price-format",
                      "shortDescription": {
                        "text": "prices are decimals in yuan",
                        "properties": {
                          "en": "prices are decimals in yuan",
                          "zh": "价格是以元为单位的小数"
                        }
                      },
                      "fullDescription": {
                        "text": "prices are decimals in yuan",
                        "properties": {
                          "en": "prices are decimals in yuan",
                          "zh": "价格是以元为单位的小数"
                        }
                      },
                      "defaultConfiguration": {
                        "level": "warning"
                      },
                      "help": {
                        "text": "prices are decimals in yuan",
                        "properties": {
                          "en": "prices are decimals in yuan",
                          "zh": "价格是以元为单位的小数"
                        }
                      }
                    }
                  ]
                }
              },
              "language": "en",
              "columnKind": "unicodeCodePoints",
              "artifacts": [
                {
                  "location": {
                    "uri": "Flows/open-account.yaml"
                  },
                  "roles": [
                    "analysisTarget"
                  ]
                },
                {
                  "location": {
                    "uri": "my%20flows/a%2C%20b.yaml"
                  },
                  "roles": [
                    "analysisTarget"
                  ]
                },
                {
                  "location": {
                    "uri": "Channels/beijing.yaml"
                  },
                  "roles": [
                    "analysisTarget"
                  ]
                }
              ],
              "results": [
                {
                  "ruleId": "flow-duplicate-step",
                  "ruleIndex": 0,
                  "level": "error",
                  "message": {
                    "text": "duplicate step \"verify\"",
                    "properties": {
                      "en": "duplicate step \"verify\"",
                      "zh": "重复的步骤 \"verify\""
                    }
                  },
                  "locations": [
                    {
                      "physicalLocation": {
                        "artifactLocation": {
                          "uri": "Flows/open-account.yaml",
                          "index": 0
                        },
                        "region": {
                          "startLine": 7,
                          "startColumn": 5,
                          "endLine": 7,
                          "endColumn": 11
                        }
                      }
                    }
                  ],
                  "relatedLocations": [
                    {
                      "id": 0,
                      "physicalLocation": {
                        "artifactLocation": {
                          "uri": "Flows/open-account.yaml",
                          "index": 0
                        },
                        "region": {
                          "startLine": 3,
                          "startColumn": 5
                        }
                      },
                      "message": {
                        "text": "first defined here",
                        "properties": {
                          "en": "first defined here",
                          "zh": "首次定义于此"
                        }
                      }
                    }
                  ]
                },
                {
                  "ruleId": "price-format",
                  "ruleIndex": 1,
                  "level": "warning",
                  "message": {
                    "text": "value \"50%\" is not a decimal: write 0.5\nsee the price rules",
                    "properties": {
                      "en": "value \"50%\" is not a decimal: write 0.5\nsee the price rules",
                      "zh": "值 \"50%\" 不是小数：请写 0.5\n参见价格规则"
                    }
                  },
                  "locations": [
                    {
                      "physicalLocation": {
                        "artifactLocation": {
                          "uri": "my%20flows/a%2C%20b.yaml",
                          "index": 1
                        },
                        "region": {
                          "startLine": 4,
                          "startColumn": 10,
                          "endLine": 4,
                          "endColumn": 13
                        }
                      }
                    }
                  ]
                },
                {
                  "ruleId": "flow-unused-field",
                  "level": "note",
                  "message": {
                    "text": "field \"名称\" is never used",
                    "properties": {
                      "en": "field \"名称\" is never used",
                      "zh": "字段 \"名称\" 未被使用"
                    }
                  },
                  "locations": [
                    {
                      "physicalLocation": {
                        "artifactLocation": {
                          "uri": "Flows/open-account.yaml",
                          "index": 0
                        },
                        "region": {
                          "startLine": 2,
                          "startColumn": 3,
                          "endLine": 5,
                          "endColumn": 1
                        }
                      }
                    }
                  ]
                }
              ]
            }
          ]
        }

        """#)
    }

    @Test func chineseLogPutsChineseInTextAndKeepsBothInProperties() {
        let log = SARIFRenderer(language: .zh, toolVersion: "0.3.0", informationURI: ReportSample.informationURI)
            .render(ReportSample.report)
        #expect(log.contains(#""language": "zh","#))
        #expect(log.contains(#"""
                  "message": {
                    "text": "值 \"50%\" 不是小数：请写 0.5\n参见价格规则",
                    "properties": {
                      "en": "value \"50%\" is not a decimal: write 0.5\nsee the price rules",
                      "zh": "值 \"50%\" 不是小数：请写 0.5\n参见价格规则"
                    }
                  },
        """#))
        #expect(log.contains(#""text": "同一流程内步骤 id 唯一","#))
    }

    @Test(arguments: [
        ("Flows/a.yaml", "Flows/a.yaml"),
        ("./Flows/a.yaml", "Flows/a.yaml"),
        ("my flows/a, b.yaml", "my%20flows/a%2C%20b.yaml"),
        ("流程/开户.yaml", "%E6%B5%81%E7%A8%8B/%E5%BC%80%E6%88%B7.yaml"),
        ("a:b.yaml", "a%3Ab.yaml"),
        ("50%#?.yaml", "50%25%23%3F.yaml"),
        ("/srv/ci/my flows/a.yaml", "file:///srv/ci/my%20flows/a.yaml"),
        ("/srv/渠道.yaml", "file:///srv/%E6%B8%A0%E9%81%93.yaml"),
    ])
    func artifactURIsArePercentEncodedReferences(path: String, uri: String) {
        let report = DiagnosticReport(files: [path], diagnostics: [])
        #expect(renderer.render(report).contains("\"uri\": \"\(uri)\""))
    }

    @Test func pathsNamingTheSameFileShareOneArtifact() {
        let diagnostic = Diagnostic(
            path: "./a.yaml", range: ReportSample.range(1, 1, 1, 1), severity: .error,
            id: "x", message: LocalizedMessage(en: "m", zh: "m")
        )
        let log = renderer.render(DiagnosticReport(files: ["a.yaml", "b.yaml"], diagnostics: [diagnostic]))
        #expect(log.ranges(of: #""uri": "a.yaml""#).count == 2)
        #expect(log.contains(#"""
                        "artifactLocation": {
                          "uri": "a.yaml",
                          "index": 0
                        },
        """#))
    }

    @Test func duplicateDescriptorsAreListedOnceAndUnknownRulesHaveNoIndex() {
        let diagnostic = Diagnostic(
            path: "elsewhere.yaml", range: ReportSample.range(1, 1, 1, 1), severity: .error,
            id: "price-format", message: LocalizedMessage(en: "m", zh: "m")
        )
        let report = DiagnosticReport(
            files: [], diagnostics: [diagnostic],
            rules: [ReportSample.priceFormat, ReportSample.priceFormat, ReportSample.duplicateStep]
        )
        let log = renderer.render(report)
        #expect(log.ranges(of: #""id": "price-format""#).count == 1)
        #expect(log.contains(#""ruleIndex": 0,"#))
        // Not among the checked files: listed as an artifact, but not as an analysis target.
        #expect(log.contains(#"""
              "artifacts": [
                {
                  "location": {
                    "uri": "elsewhere.yaml"
                  }
                }
              ],
        """#))
    }
}
